import { useId, type Ref } from 'react';
import { FieldMessages, describedBy } from './field-messages';

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export interface RadioGroupProps<T extends string> {
  name: string;
  legend: string;
  options: ReadonlyArray<RadioOption<T>>;
  value: T | null;
  onChange: (value: T) => void;
  error?: string;
  hint?: string;
  isRequired?: boolean;
  /** Given to the first radio: where focus goes when the group is the first error. */
  inputRef?: Ref<HTMLInputElement>;
}

/** Native radios in a fieldset: arrow keys move between options, the legend names the group. */
export function RadioGroup<T extends string>({ name, legend, options, value, onChange, error, hint, isRequired, inputRef }: RadioGroupProps<T>) {
  const id = useId();
  const groupDescription = describedBy(id, hint, error);
  return (
    <fieldset className={`field-group${error ? ' has-error' : ''}`} aria-describedby={groupDescription}>
      <legend>
        {legend}
        {isRequired ? <span aria-hidden="true"> *</span> : null}
      </legend>
      {options.map((option, index) => {
        const optionId = `${id}-${index}`;
        return (
          <div className="choice" key={option.value}>
            <input
              id={optionId}
              ref={index === 0 ? inputRef : undefined}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              // The first radio carries the error so "focus the first error" lands in the group.
              aria-invalid={error && index === 0 ? true : undefined}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              required={isRequired}
            />
            <div>
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint ? (
                <p id={`${optionId}-hint`} className="field-hint">
                  {option.hint}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
      <FieldMessages id={id} hint={hint} error={error} />
    </fieldset>
  );
}
