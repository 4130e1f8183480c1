import { useId, type Ref } from 'react';
import { FieldMessages, describedBy } from './field-messages';

export interface CheckboxFieldProps {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
  error?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function CheckboxField({ name, label, checked, onChange, hint, error, inputRef }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className={`choice${error ? ' has-error' : ''}`}>
      <input
        id={id}
        ref={inputRef}
        type="checkbox"
        name={name}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        <FieldMessages id={id} hint={hint} error={error} />
      </div>
    </div>
  );
}
