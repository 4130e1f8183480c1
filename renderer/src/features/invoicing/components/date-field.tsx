import { useState, type Ref } from 'react';
import { TextField } from '../../../components/text-field';
import { t } from '../../../i18n/t';
import { frenchDateToIso, isoToFrenchDate } from '../french-input';

export interface DateFieldProps {
  name: string;
  label: string;
  /** AAAA-MM-JJ, or '' when empty or not a date yet. */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  isRequired?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A date typed the French way, "27/11/2026". Not <input type="date">: its format follows the browser's
 * interface language, which is not always French. The parent only ever receives a real date or ''.
 */
export function DateField({ name, label, value, onChange, error, hint = t('common.dateHint'), isRequired, inputRef }: DateFieldProps) {
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
    <TextField
      name={name}
      label={label}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      inputRef={inputRef}
      placeholder="JJ/MM/AAAA"
      onChange={(typed) => {
        setText(typed);
        const iso = frenchDateToIso(typed) ?? '';
        setShownValue(iso);
        onChange(iso);
      }}
      onBlur={() => setIsTouched(true)}
      error={shownError}
      hint={hint}
      isRequired={isRequired}
    />
  );
}
