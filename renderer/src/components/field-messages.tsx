import { t } from '../i18n/t';

/** The ids a control points to with aria-describedby: its hint, its limit, then its error. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined, limit?: string): string | undefined {
  return [hint ? `${id}-hint` : null, limit ? `${id}-limit` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/**
 * « 187 / 200 caractères » once the text nears the schema's limit (the input stops there: maxLength), and
 * a plain sentence when it is reached, so nobody wonders why typing stopped.
 */
export function limitText(length: number, maxLength: number | undefined): string | undefined {
  if (maxLength === undefined || length < Math.floor(maxLength * 0.8)) return undefined;
  return length >= maxLength ? t('form.limitReached', { max: maxLength }) : t('form.limitCount', { length, max: maxLength });
}

/** Hint, limit and error under a control. The hint sits after the control so tab order and reading order agree. */
export function FieldMessages({ id, hint, error, limit }: { id: string; hint?: string; error?: string; limit?: string }) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {limit ? (
        <p id={`${id}-limit`} className="field-limit">
          {limit}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
