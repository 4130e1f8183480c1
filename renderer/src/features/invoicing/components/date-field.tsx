import { useId, useState } from 'react';
import { FieldMessages, describedBy } from '../../../components/field-messages';
import { t } from '../../../i18n/t';
import { frenchDateToIso, isoToFrenchDate } from '../french-input';

interface DateFieldProps {
  name: string;
  label: string;
  /** AAAA-MM-JJ, or '' when empty or not a date yet. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  isRequired?: boolean;
}

/**
 * A date typed the French way, "27/11/2026". Not <input type="date">: its format follows the browser's
 * interface language, which is not always French. The parent only ever receives a real date or ''.
 */
export function DateField({ name, label, value, onChange, error, hint = t('common.dateHint'), isRequired }: DateFieldProps) {
  const id = useId();
  const [text, setText] = useState(() => isoToFrenchDate(value));
  const [shownValue, setShownValue] = useState(value);
  const [isTouched, setIsTouched] = useState(false);
  // The parent changed the date (a reset): show it. Adjusting state during render, as React recommends.
  if (value !== shownValue) {
    setShownValue(value);
    if (value !== (frenchDateToIso(text) ?? '')) setText(isoToFrenchDate(value));
  }
  const isUnreadable = text.trim() !== '' && frenchDateToIso(text) === null;
  const shownError = error ?? (isUnreadable && isTouched ? t('common.dateInvalid') : undefined);
  return (
    <div className={`field${shownError ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {isRequired ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={id}
        name={name}
        value={text}
        inputMode="numeric"
        autoComplete="off"
        placeholder="JJ/MM/AAAA"
        onChange={(event) => {
          setText(event.target.value);
          const iso = frenchDateToIso(event.target.value) ?? '';
          setShownValue(iso);
          onChange(iso);
        }}
        onBlur={() => setIsTouched(true)}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={describedBy(id, hint, shownError)}
        required={isRequired}
      />
      <FieldMessages id={id} hint={hint} error={shownError} />
    </div>
  );
}
