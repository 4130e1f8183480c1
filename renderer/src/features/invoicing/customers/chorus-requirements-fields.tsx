import { useFieldArray, type Control } from 'react-hook-form';
import type { CustomerInput } from '@shared/customers/customer';
import { FormCheckboxField, FormTextField } from '../../../forms/form-fields';
import { t } from '../../../i18n/t';
import { customerLimits, type CustomerValues } from './customer-form-model';

/** What a public buyer demands on its invoices, and its services (code, name, active), added or removed in place. */
export function ChorusRequirementsFields({ control }: { control: Control<CustomerValues, unknown, CustomerInput> }) {
  const services = useFieldArray({ control, name: 'chorus.services' });
  function removeService(index: number) {
    services.remove(index);
    // The row under focus is gone: the add button is the next sensible place.
    requestAnimationFrame(() => document.getElementById('add-service')?.focus());
  }
  return (
    <fieldset className="form-section">
      <legend>{t('customers.chorusLegend')}</legend>
      <FormCheckboxField control={control} name="chorus.serviceCodeRequired" label={t('customers.serviceCodeRequired')} />
      <FormCheckboxField control={control} name="chorus.engagementRequired" label={t('customers.engagementRequired')} />
      <FormCheckboxField control={control} name="chorus.serviceOrEngagementRequired" label={t('customers.serviceOrEngagementRequired')} hint={t('customers.serviceOrEngagementHint')} />
      <h3 className="subheading">{t('customers.servicesTitle')}</h3>
      {services.fields.length === 0 ? <p className="muted">{t('customers.servicesNone')}</p> : null}
      <ul className="service-rows">
        {services.fields.map((row, index) => {
          const n = index + 1;
          return (
            <li key={row.id} className="service-row">
              <FormTextField control={control} name={`chorus.services.${index}.code`} label={t('customers.serviceCode', { n })} maxLength={customerLimits.serviceCode} />
              <FormTextField control={control} name={`chorus.services.${index}.name`} label={t('customers.serviceName', { n })} maxLength={customerLimits.serviceName} />
              <FormCheckboxField control={control} name={`chorus.services.${index}.active`} label={t('customers.serviceActive', { n })} />
              <button type="button" className="button small" onClick={() => removeService(index)}>
                {t('customers.serviceRemove', { n })}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" id="add-service" className="button small" onClick={() => services.append({ code: '', name: '', active: true }, { shouldFocus: true })}>
        {t('customers.serviceAdd')}
      </button>
    </fieldset>
  );
}
