import { useId } from 'react';
import type { Customer } from '@shared/customers/customer';
import type { ChorusService } from '@shared/invoicing/party';
import { ComboBoxField } from '../../../components/combo-box-field';
import { FieldMessages, describedBy } from '../../../components/field-messages';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import type { MessageKey } from '../../../i18n/fr';
import { t } from '../../../i18n/t';
import { DateField } from '../components/date-field';
import type { EditorFields, TermsKind } from './editor-model';
import type { FieldProblem } from './invoice-lines-table';

const TERMS: readonly TermsKind[] = ['default', 'net', 'end-of-month', 'net-end-of-month', 'on-receipt'];

interface HeaderFieldsProps {
  fields: EditorFields;
  customers: readonly Customer[];
  problems: ReadonlyMap<string, FieldProblem>;
  onChange: (patch: Partial<EditorFields>) => void;
}

/** Customer, dates, payment terms and the Chorus Pro references. Problems show under each control. */
export function EditorHeaderFields({ fields, customers, problems, onChange }: HeaderFieldsProps) {
  const error = (name: string) => problems.get(name)?.message;
  const customer = customers.find((c) => String(c.id) === fields.customerId);
  const activeServices = customer?.chorus?.services.filter((service) => service.active) ?? [];
  const serviceHint = activeServices.length > 0
    ? t('editor.serviceCodeHint', { services: activeServices.map((s) => `${s.code} (${s.name})`).join(', ') })
    : customer?.chorus?.serviceCodeRequired ? t('editor.serviceCodeRequired') : undefined;
  const hasDays = fields.termsKind === 'net' || fields.termsKind === 'net-end-of-month';
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('editor.headerLegend')}</legend>
        <ComboBoxField
          name="customerId"
          label={t('editor.customer')}
          placeholder={t('editor.chooseCustomer')}
          items={customers.map((c) => ({ id: String(c.id), label: c.legalName, note: `${c.address.postcode} ${c.address.city}` }))}
          selectedId={fields.customerId || null}
          onSelect={(customerId) => onChange({ customerId: customerId ?? '' })}
          error={error('customerId')}
          emptyText={t('editor.noCustomerMatch')}
        />
        <div className="field-row even">
          <DateField name="issueDate" label={t('editor.issueDate')} isRequired value={fields.issueDate} onChange={(issueDate) => onChange({ issueDate })} error={error('issueDate')} />
          <DateField name="deliveryDate" label={t('editor.deliveryDate')} value={fields.deliveryDate} onChange={(deliveryDate) => onChange({ deliveryDate })} error={error('deliveryDate')} />
        </div>
        <div className="field-row even">
          <SelectField
            name="termsKind"
            label={t('editor.terms')}
            value={fields.termsKind}
            options={TERMS.map((kind) => ({ value: kind, label: t(`editor.terms.${kind}` satisfies MessageKey) }))}
            onChange={(termsKind) => onChange({ termsKind })}
            error={error('termsKind')}
          />
          {hasDays ? (
            <TextField name="termsDays" label={t('editor.termsDays')} inputMode="numeric" value={fields.termsDays} onChange={(termsDays) => onChange({ termsDays })} error={error('termsDays')} />
          ) : <div className="field" />}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('editor.chorusLegend')}</legend>
        <div className="field-row even">
          <ServiceCodeField value={fields.serviceCode} hint={serviceHint} error={error('serviceCode')} services={activeServices} onChange={(serviceCode) => onChange({ serviceCode })} />
          <TextField name="engagementNumber" label={t('editor.engagementNumber')} value={fields.engagementNumber} onChange={(engagementNumber) => onChange({ engagementNumber })} error={error('engagementNumber')} />
        </div>
        <div className="field-row even">
          <TextField name="marketNumber" label={t('editor.marketNumber')} value={fields.marketNumber} onChange={(marketNumber) => onChange({ marketNumber })} error={error('marketNumber')} />
          <TextField name="buyerOrderReference" label={t('editor.orderReference')} value={fields.buyerOrderReference} onChange={(buyerOrderReference) => onChange({ buyerOrderReference })} error={error('buyerOrderReference')} />
        </div>
        <TextField name="note" label={t('editor.note')} value={fields.note} onChange={(note) => onChange({ note })} error={error('note')} />
      </fieldset>
    </>
  );
}

interface ServiceCodeFieldProps {
  value: string;
  hint: string | undefined;
  error: string | undefined;
  services: readonly ChorusService[];
  onChange: (value: string) => void;
}

/** A text input that suggests the customer's active services (a datalist), the code stays free to type. */
function ServiceCodeField({ value, hint, error, services, onChange }: ServiceCodeFieldProps) {
  const id = useId();
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{t('editor.serviceCode')}</label>
      <input
        id={id}
        name="serviceCode"
        value={value}
        list={`${id}-services`}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <datalist id={`${id}-services`}>
        {services.map((service) => (
          <option key={service.code} value={service.code}>
            {service.name}
          </option>
        ))}
      </datalist>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
