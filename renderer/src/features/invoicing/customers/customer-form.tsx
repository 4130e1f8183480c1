import { useRef, useState, type FormEvent } from 'react';
import type { Customer } from '@shared/customers/customer';
import { useBridge } from '../../../api/client';
import { FormStatus, focusFirstError, type Status } from '../../../components/form-status';
import { RadioGroup } from '../../../components/radio-group';
import { SaveButton } from '../../../components/save-button';
import { TextField } from '../../../components/text-field';
import { t } from '../../../i18n/t';
import { ChorusRequirementsFields } from './chorus-requirements-fields';
import { fieldsOfCustomer, liveSirenError, liveSiretError, pathOfBackendField, validateCustomer, type CustomerErrors, type CustomerFields } from './customer-form-model';

interface CustomerFormProps {
  customer: Customer | null;
  onSaved: (customer: Customer) => void;
  initialStatus?: Status | null;
  /** A new customer already filled in (from the directory of public structures). */
  initialFields?: CustomerFields;
}

/** Create or edit a customer: public buyers with their Chorus Pro requirements, or private customers. */
export function CustomerForm({ customer, onSaved, initialStatus = null, initialFields }: CustomerFormProps) {
  const bridge = useBridge();
  const formRef = useRef<HTMLFormElement>(null);
  const [fields, setFields] = useState<CustomerFields>(() => initialFields ?? fieldsOfCustomer(customer));
  const [errors, setErrors] = useState<CustomerErrors>({});
  const [status, setStatus] = useState<Status | null>(initialStatus);
  const [isSaving, setIsSaving] = useState(false);

  const change = (patch: Partial<CustomerFields>) => setFields((current) => ({ ...current, ...patch }));
  const text = (name: keyof CustomerFields & string, path: string = name) => ({
    name: path,
    value: String(fields[name]),
    onChange: (value: string) => change({ [name]: value }),
    error: errors[path],
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, errors: found } = validateCustomer(fields);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus({ kind: 'error', message: t('customers.fixErrors') });
      focusFirstError(formRef.current);
      return;
    }
    setIsSaving(true);
    setStatus(null);
    const result = customer
      ? await bridge.invoke('customers:update', { id: customer.id, customer: input })
      : await bridge.invoke('customers:create', { customer: input });
    setIsSaving(false);
    if (result.ok) {
      setStatus({ kind: 'saved', message: t('customers.saved') });
      onSaved(result.value);
      return;
    }
    if (result.error.field) setErrors({ [pathOfBackendField(result.error.field)]: result.error.message });
    setStatus({ kind: 'error', message: result.error.message });
    focusFirstError(formRef.current);
  }

  const siretError = errors.siret ?? liveSiretError(fields.siret);
  const isSiretValid = !siretError && fields.siret.replace(/\D/g, '').length === 14;
  const sirenError = errors.siren ?? liveSirenError(fields.siren, fields.siret);
  const isSirenValid = !sirenError && fields.siren.replace(/\D/g, '').length === 9;
  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-busy={isSaving} className="customer-form">
      <RadioGroup
        name="kind"
        legend={t('customers.kindLegend')}
        value={fields.kind}
        onChange={(kind) => change({ kind })}
        options={[
          { value: 'public', label: t('customers.kind.public'), hint: t('customers.kindPublicHint') },
          { value: 'private', label: t('customers.kind.private'), hint: t('customers.kindPrivateHint') },
        ]}
      />
      <TextField label={t('customers.legalName')} isRequired autoComplete="organization" {...text('legalName')} />
      <div className="field-row even">
        <TextField
          label={t('customers.siret')}
          isRequired={fields.kind === 'public'}
          inputMode="numeric"
          hint={isSiretValid ? t('customers.siretValid') : t('customers.siretHint')}
          {...text('siret')}
          error={siretError}
        />
        <TextField label={t('customers.vatNumber')} hint={t('customers.vatNumberHint')} {...text('vatNumber')} />
      </div>
      {fields.kind === 'private' ? (
        <div className="field-row even">
          <TextField
            label={t('customers.siren')}
            inputMode="numeric"
            hint={isSirenValid ? t('customers.sirenValid') : t('customers.sirenHint')}
            {...text('siren')}
            error={sirenError}
          />
          <div className="field" />
        </div>
      ) : null}
      <fieldset className="form-section">
        <legend>{t('customers.addressLegend')}</legend>
        <TextField label={t('customers.line1')} isRequired autoComplete="address-line1" {...text('line1', 'address.line1')} />
        <TextField label={t('customers.line2')} autoComplete="address-line2" {...text('line2', 'address.line2')} />
        <div className="field-row">
          <TextField label={t('customers.postcode')} isRequired autoComplete="postal-code" {...text('postcode', 'address.postcode')} />
          <TextField label={t('customers.city')} isRequired autoComplete="address-level2" {...text('city', 'address.city')} />
          <TextField label={t('customers.country')} maxLength={2} {...text('countryCode', 'address.countryCode')} />
        </div>
      </fieldset>
      <TextField label={t('customers.email')} type="email" autoComplete="email" {...text('email')} />
      {fields.kind === 'public' ? <ChorusRequirementsFields fields={fields} errors={errors} onChange={change} /> : null}
      <div className="form-actions">
        <SaveButton label={t('customers.save')} isSaving={isSaving} />
        <FormStatus status={status} />
      </div>
    </form>
  );
}
