import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { CheckboxField, type CheckboxFieldProps } from '../components/checkbox-field';
import { RadioGroup, type RadioGroupProps } from '../components/radio-group';
import { SelectField, type SelectFieldProps } from '../components/select-field';
import { TextField, type TextFieldProps } from '../components/text-field';
import { DateField, type DateFieldProps } from '../features/invoicing/components/date-field';

/**
 * The labelled controls of components/, bound to a react-hook-form field: value, change, blur, the ref
 * react-hook-form focuses on the first error, and the error message of the resolver (or of the backend,
 * through setError). A form passes its `control` and the field's `name`; nothing else is wired by hand.
 */
interface Bound<V extends FieldValues, T> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- react-hook-form's own Control type leaves the context open
  control: Control<V, any, T>;
  name: FieldPath<V>;
}

type Unbound<P> = Omit<P, 'name' | 'value' | 'checked' | 'onChange' | 'error' | 'inputRef' | 'onBlur'>;

/** `liveError`: a problem found while typing (a SIRET's key), shown until the resolver has its own say. */
export function FormTextField<V extends FieldValues, T>({ control, name, liveError, ...props }: Bound<V, T> & Unbound<TextFieldProps> & { liveError?: string }) {
  const { field, fieldState } = useController({ control, name });
  return (
    <TextField
      {...props}
      name={name}
      value={String(field.value ?? '')}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={fieldState.error?.message ?? liveError}
    />
  );
}

export function FormSelectField<V extends FieldValues, T, O extends string>({ control, name, ...props }: Bound<V, T> & Unbound<SelectFieldProps<O>>) {
  const { field, fieldState } = useController({ control, name });
  return <SelectField<O> {...props} name={name} value={field.value as O} onChange={field.onChange} inputRef={field.ref} error={fieldState.error?.message} />;
}

export function FormCheckboxField<V extends FieldValues, T>({ control, name, ...props }: Bound<V, T> & Unbound<CheckboxFieldProps>) {
  const { field, fieldState } = useController({ control, name });
  return <CheckboxField {...props} name={name} checked={Boolean(field.value)} onChange={field.onChange} inputRef={field.ref} error={fieldState.error?.message} />;
}

export function FormRadioGroup<V extends FieldValues, T, O extends string>({ control, name, ...props }: Bound<V, T> & Unbound<RadioGroupProps<O>>) {
  const { field, fieldState } = useController({ control, name });
  return <RadioGroup<O> {...props} name={name} value={field.value as O | null} onChange={field.onChange} inputRef={field.ref} error={fieldState.error?.message} />;
}

export function FormDateField<V extends FieldValues, T>({ control, name, ...props }: Bound<V, T> & Unbound<DateFieldProps>) {
  const { field, fieldState } = useController({ control, name });
  return <DateField {...props} name={name} value={String(field.value ?? '')} onChange={field.onChange} inputRef={field.ref} error={fieldState.error?.message} />;
}
