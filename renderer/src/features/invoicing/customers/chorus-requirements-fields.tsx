import { CheckboxField } from '../../../components/checkbox-field';
import { t } from '../../../i18n/t';
import { newServiceRow, type CustomerErrors, type CustomerFields, type ServiceRow } from './customer-form-model';

interface ChorusFieldsProps {
  fields: CustomerFields;
  errors: CustomerErrors;
  onChange: (patch: Partial<CustomerFields>) => void;
}

/** What a public buyer demands on its invoices, and its services (code, name, active), added or removed in place. */
export function ChorusRequirementsFields({ fields, errors, onChange }: ChorusFieldsProps) {
  function setService(index: number, patch: Partial<ServiceRow>) {
    onChange({ services: fields.services.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  }
  function removeService(index: number) {
    onChange({ services: fields.services.filter((_, i) => i !== index) });
    // The row under focus is gone: the add button is the next sensible place.
    requestAnimationFrame(() => document.getElementById('add-service')?.focus());
  }
  function addService() {
    onChange({ services: [...fields.services, newServiceRow()] });
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[name="chorus.services.${fields.services.length}.code"]`)?.focus());
  }
  return (
    <fieldset className="form-section">
      <legend>{t('customers.chorusLegend')}</legend>
      <CheckboxField name="chorus.serviceCodeRequired" label={t('customers.serviceCodeRequired')} checked={fields.serviceCodeRequired} onChange={(v) => onChange({ serviceCodeRequired: v })} />
      <CheckboxField name="chorus.engagementRequired" label={t('customers.engagementRequired')} checked={fields.engagementRequired} onChange={(v) => onChange({ engagementRequired: v })} />
      <CheckboxField
        name="chorus.serviceOrEngagementRequired"
        label={t('customers.serviceOrEngagementRequired')}
        hint={t('customers.serviceOrEngagementHint')}
        checked={fields.serviceOrEngagementRequired}
        onChange={(v) => onChange({ serviceOrEngagementRequired: v })}
      />
      <h3 className="subheading">{t('customers.servicesTitle')}</h3>
      {fields.services.length === 0 ? <p className="muted">{t('customers.servicesNone')}</p> : null}
      <ul className="service-rows">
        {fields.services.map((row, index) => (
          <ServiceRowFields key={row.key} row={row} index={index} errors={errors} onChange={(patch) => setService(index, patch)} onRemove={() => removeService(index)} />
        ))}
      </ul>
      <button type="button" id="add-service" className="button small" onClick={addService}>
        {t('customers.serviceAdd')}
      </button>
    </fieldset>
  );
}

interface ServiceRowProps {
  row: ServiceRow;
  index: number;
  errors: CustomerErrors;
  onChange: (patch: Partial<ServiceRow>) => void;
  onRemove: () => void;
}

function ServiceRowFields({ row, index, errors, onChange, onRemove }: ServiceRowProps) {
  const n = index + 1;
  const base = `chorus.services.${index}`;
  const codeError = errors[`${base}.code`];
  const nameError = errors[`${base}.name`];
  return (
    <li className="service-row">
      <div className={`field${codeError ? ' has-error' : ''}`}>
        <label htmlFor={`${row.key}-code`}>{t('customers.serviceCode', { n })}</label>
        <input id={`${row.key}-code`} name={`${base}.code`} value={row.code} onChange={(e) => onChange({ code: e.target.value })} aria-invalid={codeError ? true : undefined} aria-describedby={codeError ? `${row.key}-code-error` : undefined} />
        {codeError ? <p id={`${row.key}-code-error`} className="field-error">{codeError}</p> : null}
      </div>
      <div className={`field${nameError ? ' has-error' : ''}`}>
        <label htmlFor={`${row.key}-name`}>{t('customers.serviceName', { n })}</label>
        <input id={`${row.key}-name`} name={`${base}.name`} value={row.name} onChange={(e) => onChange({ name: e.target.value })} aria-invalid={nameError ? true : undefined} aria-describedby={nameError ? `${row.key}-name-error` : undefined} />
        {nameError ? <p id={`${row.key}-name-error`} className="field-error">{nameError}</p> : null}
      </div>
      <div className="choice service-active">
        <input id={`${row.key}-active`} type="checkbox" name={`${base}.active`} checked={row.active} onChange={(e) => onChange({ active: e.target.checked })} />
        <label htmlFor={`${row.key}-active`}>{t('customers.serviceActive', { n })}</label>
      </div>
      <button type="button" className="button small" onClick={onRemove}>
        {t('customers.serviceRemove', { n })}
      </button>
    </li>
  );
}
