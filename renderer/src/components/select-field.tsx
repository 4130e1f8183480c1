import { useId, type Ref } from 'react';
import { FieldMessages, describedBy } from './field-messages';

export interface Option<T extends string> {
  value: T;
  label: string;
}

export interface SelectFieldProps<T extends string> {
  name: string;
  label: string;
  value: T;
  options: ReadonlyArray<Option<T>>;
  onChange: (value: T) => void;
  error?: string;
  hint?: string;
  inputRef?: Ref<HTMLSelectElement>;
}

export function SelectField<T extends string>({ name, label, value, options, onChange, error, hint, inputRef }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        ref={inputRef}
        name={name}
        value={value}
        // The options are ours: a value outside them cannot be chosen.
        onChange={(event) => onChange(event.target.value as T)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
