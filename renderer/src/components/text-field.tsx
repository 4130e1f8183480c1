import { useId, type Ref } from 'react';
import { FieldMessages, describedBy, limitText } from './field-messages';

export interface TextFieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  isRequired?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  /** The schema's limit: typing stops there, and the count shows near it. */
  maxLength?: number;
  /** 'password' for secrets: the browser masks them and never offers to autofill them elsewhere. */
  type?: 'text' | 'password' | 'email' | 'tel';
  inputRef?: Ref<HTMLInputElement>;
  placeholder?: string;
  onBlur?: () => void;
}

/** A labelled input whose error and hint are announced with it (aria-describedby). */
export function TextField(props: TextFieldProps) {
  const { name, label, value, onChange, error, hint, isRequired, autoComplete, inputMode, maxLength, type = 'text', inputRef, placeholder, onBlur } = props;
  const id = useId();
  const limit = limitText(value.length, maxLength);
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {isRequired ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={id}
        ref={inputRef}
        name={name}
        type={type}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, limit)}
        required={isRequired}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        spellCheck={type === 'password' ? false : undefined}
        placeholder={placeholder}
        onBlur={onBlur}
      />
      <FieldMessages id={id} hint={hint} error={error} limit={limit} />
    </div>
  );
}
