import { useState, type ChangeEvent } from 'react';
import { useChannelMutation, useChannelQuery } from '../../api/queries';
import { FormStatus, type Status } from '../../components/form-status';
import { t } from '../../i18n/t';

const MAX_LOGO_BYTES = 1024 * 1024;
const ACCEPTED = ['image/png', 'image/jpeg'];

function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** The logo printed on invoices: chosen from a file, checked here for a quick answer and again in main. */
export function LogoField({ hasProfile }: { hasProfile: boolean }) {
  const logo = useChannelQuery('company:getLogo', {}).data;
  const setLogo = useChannelMutation('company:setLogo');
  const [status, setStatus] = useState<Status | null>(null);
  const isSaving = setLogo.isPending;

  async function send(base64: string | null, savedMessage: string) {
    const result = await setLogo.mutateAsync({ base64 });
    setStatus(result.ok ? { kind: 'saved', message: savedMessage } : { kind: 'error', message: result.error.message });
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (!ACCEPTED.includes(file.type)) return setStatus({ kind: 'error', message: t('logo.wrongType') });
    if (file.size > MAX_LOGO_BYTES) return setStatus({ kind: 'error', message: t('logo.tooLarge') });
    await send(await readAsBase64(file), t('logo.saved'));
  }

  if (!hasProfile) return <p className="notice">{t('logo.needsProfile')}</p>;
  return (
    <div className="logo-field" aria-busy={isSaving}>
      <div className="logo-preview">
        {logo ? (
          <img src={`data:${logo.type};base64,${logo.base64}`} alt={t('logo.previewAlt')} />
        ) : (
          <p className="muted">{t('logo.none')}</p>
        )}
      </div>
      <div>
        <p id="logo-hint" className="field-hint">
          {t('logo.hint')}
        </p>
        {/* The native control would print the browser's own words ("Choose File"); it stays focusable,
            visually hidden, and its label is drawn as a button that shows its focus. */}
        <input
          id="logo-file"
          className="file-input visually-hidden"
          type="file"
          accept="image/png,image/jpeg"
          aria-describedby="logo-hint"
          onChange={(event) => void choose(event)}
        />
        <label htmlFor="logo-file" className="button">
          {logo ? t('logo.replace') : t('logo.choose')}
        </label>
        {logo ? (
          <p>
            <button type="button" className="button small" onClick={() => void send(null, t('logo.removed'))} disabled={isSaving}>
              {t('logo.remove')}
            </button>
          </p>
        ) : null}
        <FormStatus status={isSaving ? { kind: 'saved', message: t('form.saving') } : status} />
      </div>
    </div>
  );
}
