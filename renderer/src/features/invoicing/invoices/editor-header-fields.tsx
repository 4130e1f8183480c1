import { useEffect, useId, useState } from 'react';
import type { Customer } from '@shared/customers/customer';
import type { ChorusService } from '@shared/invoicing/party';
import { useBridge } from '../../../api/client';
import { FieldMessages, describedBy } from '../../../components/field-messages';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import type { MessageKey } from '../../../i18n/fr';
import { t } from '../../../i18n/t';
import { DateField } from '../components/date-field';
import { singleOpenServiceCode, type EditorFields, type TermsKind } from './editor-model';
import type { FieldProblem } from './invoice-lines-table';
import { CustomerCombobox } from './customer-combobox';

const TERMS: readonly TermsKind[] = ['default', 'net', 'end-of-month', 'net-end-of-month', 'on-receipt'];

interface HeaderFieldsProps {
  fields: EditorFields;
  customers: readonly Customer[];
  problems: ReadonlyMap<string, FieldProblem>;
  onChange: (patch: Partial<EditorFields>) => void;
  /** A credit note stays with the corrected invoice's customer: shown, not editable. */
  isCreditNote?: boolean;
}

/** Customer, dates, payment terms and the Chorus Pro references. Problems show under each control. */
export function EditorHeaderFields({ fields, customers, problems, onChange, isCreditNote = false }: HeaderFieldsProps) {
  const error = (name: string) => problems.get(name)?.message;
  const customer = useSelectedCustomer(fields.customerId, customers);
  const activeServices = customer?.chorus?.services.filter((service) => service.active) ?? [];
  const serviceHint = activeServices.length > 0
    ? t('editor.serviceCodeHint', { services: activeServices.map((s) => `${s.code} (${s.name})`).join(', ') })
    : customer?.chorus?.serviceCodeRequired ? t('editor.serviceCodeRequired') : undefined;
  const hasDays = fields.termsKind === 'net' || fields.termsKind === 'net-end-of-month';
  // Before a customer is chosen every reference stays offered.
  const isPublic = !customer || customer.kind === 'public';
  const isPerson = customer?.isPerson === true;
  return (
    <>
      <fieldset className="form-section">
        <legend>{t('editor.headerLegend')}</legend>
        {isCreditNote ? (
          <div className="field">
            <span className="field-label" id="credit-note-customer-label">{t('editor.customer')}</span>
            <p aria-labelledby="credit-note-customer-label" data-testid="credit-note-customer">{customer?.legalName ?? ''}</p>
            <p className="field-hint">{t('editor.creditNoteCustomerHint')}</p>
          </div>
        ) : (
          <CustomerCombobox
            selected={customer}
            error={error('customerId')}
            onChange={(picked) => {
              const single = singleOpenServiceCode(picked);
              onChange({ customerId: picked ? String(picked.id) : '', ...(single && fields.serviceCode.trim() === '' ? { serviceCode: single } : {}) });
            }}
          />
        )}
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
        {/* Chorus Pro's references concern public buyers only; a company has its order reference, a person none. */}
        <legend>{isPublic ? t('editor.chorusLegend') : t('editor.referencesLegend')}</legend>
        {isPublic ? (
          <>
            <div className="field-row even">
              <ServiceCodeField value={fields.serviceCode} hint={serviceHint} error={error('serviceCode')} services={activeServices} onChange={(serviceCode) => onChange({ serviceCode })} />
              <TextField name="engagementNumber" label={t('editor.engagementNumber')} value={fields.engagementNumber} onChange={(engagementNumber) => onChange({ engagementNumber })} error={error('engagementNumber')} />
            </div>
            <TextField name="marketNumber" label={t('editor.marketNumber')} value={fields.marketNumber} onChange={(marketNumber) => onChange({ marketNumber })} error={error('marketNumber')} />
          </>
        ) : null}
        {isPerson ? null : (
          <TextField name="buyerOrderReference" label={t('editor.orderReference')} value={fields.buyerOrderReference} onChange={(buyerOrderReference) => onChange({ buyerOrderReference })} error={error('buyerOrderReference')} />
        )}
        <TextField name="note" label={t('editor.note')} value={fields.note} onChange={(note) => onChange({ note })} error={error('note')} />
      </fieldset>
    </>
  );
}

/** The invoice's customer: from the list already loaded, else read by id (a customer beyond the first page). */
function useSelectedCustomer(customerId: string, customers: readonly Customer[]): Customer | null {
  const bridge = useBridge();
  const listed = customers.find((c) => String(c.id) === customerId) ?? null;
  const [fetched, setFetched] = useState<Customer | null>(null);
  useEffect(() => {
    let isCurrent = true;
    if (listed || !/^\d+$/.test(customerId)) return undefined;
    void bridge.invoke('customers:get', { id: Number(customerId) }).then((result) => {
      if (isCurrent && result.ok) setFetched(result.value);
    });
    return () => {
      isCurrent = false;
    };
  }, [bridge, customerId, listed]);
  return listed ?? (fetched && String(fetched.id) === customerId ? fetched : null);
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
