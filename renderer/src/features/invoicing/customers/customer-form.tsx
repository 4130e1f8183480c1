import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import type { Customer, CustomerInput } from '@shared/customers/customer';
import { FormStatus, type Status } from '../../../components/form-status';
import { SaveButton } from '../../../components/save-button';
import { FormRadioGroup, FormTextField } from '../../../forms/form-fields';
import { useFormSubmit } from '../../../forms/use-form-submit';
import { t } from '../../../i18n/t';
import { ChorusRequirementsFields } from './chorus-requirements-fields';
import { customerFormSchema, customerLimits, customerNouns, liveSirenError, liveSiretError, pathOfBackendField, valuesOfCustomer, type CustomerValues } from './customer-form-model';

interface CustomerFormProps {
  customer: Customer | null;
  onSaved: (customer: Customer) => void;
  initialStatus?: Status | null;
}

/** Create or edit a customer: public buyers with their Chorus Pro requirements, or private customers. */
export function CustomerForm({ customer, onSaved, initialStatus = null }: CustomerFormProps) {
  const form = useForm<CustomerValues, unknown, CustomerInput>({ defaultValues: valuesOfCustomer(customer), resolver: zodResolver(customerFormSchema) });
  const submit = useFormSubmit({
    form,
    channel: customer ? 'customers:update' : 'customers:create',
    request: (input) => (customer ? { id: customer.id, customer: input } : { customer: input }),
    fieldOf: (path) => pathOfBackendField(path) as never,
    nounOf: customerNouns,
    messages: { saved: t('customers.saved'), invalid: t('customers.fixErrors') },
    onSaved,
    initialStatus,
  });
  const { control, formState } = form;
  const [kind, siret, siren] = useWatch({ control, name: ['kind', 'siret', 'siren'] });
  // While typing, the identifiers are checked as soon as they are long enough.
  const siretError = liveSiretError(siret);
  const isSiretValid = !siretError && !formState.errors.siret && siret.replace(/\D/g, '').length === 14;
  const sirenError = liveSirenError(siren, siret);
  const isSirenValid = !sirenError && !formState.errors.siren && siren.replace(/\D/g, '').length === 9;
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-busy={submit.isSaving} className="customer-form">
      <FormRadioGroup
        control={control}
        name="kind"
        legend={t('customers.kindLegend')}
        options={[
          { value: 'public', label: t('customers.kind.public'), hint: t('customers.kindPublicHint') },
          { value: 'private', label: t('customers.kind.private'), hint: t('customers.kindPrivateHint') },
        ]}
      />
      <FormTextField control={control} name="legalName" label={t('customers.legalName')} isRequired autoComplete="organization" maxLength={customerLimits.legalName} />
      <div className="field-row even">
        <FormTextField
          control={control}
          name="siret"
          label={t('customers.siret')}
          isRequired={kind === 'public'}
          inputMode="numeric"
          maxLength={20}
          hint={isSiretValid ? t('customers.siretValid') : t('customers.siretHint')}
          liveError={siretError}
        />
        <FormTextField control={control} name="vatNumber" label={t('customers.vatNumber')} hint={t('customers.vatNumberHint')} maxLength={20} />
      </div>
      {kind === 'private' ? (
        <div className="field-row even">
          <FormTextField
            control={control}
            name="siren"
            label={t('customers.siren')}
            inputMode="numeric"
            maxLength={15}
            hint={isSirenValid ? t('customers.sirenValid') : t('customers.sirenHint')}
            liveError={sirenError}
          />
          <div className="field" />
        </div>
      ) : null}
      <fieldset className="form-section">
        <legend>{t('customers.addressLegend')}</legend>
        <FormTextField control={control} name="address.line1" label={t('customers.line1')} isRequired autoComplete="address-line1" maxLength={customerLimits.line1} />
        <FormTextField control={control} name="address.line2" label={t('customers.line2')} autoComplete="address-line2" maxLength={customerLimits.line2} />
        <div className="field-row">
          <FormTextField control={control} name="address.postcode" label={t('customers.postcode')} isRequired autoComplete="postal-code" maxLength={customerLimits.postcode} />
          <FormTextField control={control} name="address.city" label={t('customers.city')} isRequired autoComplete="address-level2" maxLength={customerLimits.city} />
          <FormTextField control={control} name="address.countryCode" label={t('customers.country')} maxLength={2} />
        </div>
      </fieldset>
      <FormTextField control={control} name="email" label={t('customers.email')} type="email" autoComplete="email" maxLength={254} />
      {kind === 'public' ? <ChorusRequirementsFields control={control} /> : null}
      <div className="form-actions">
        <SaveButton label={t('customers.save')} isSaving={submit.isSaving} />
        <FormStatus status={submit.status} />
      </div>
    </form>
  );
}
