import { useEffect, useId, useState } from 'react';
import type { Control } from 'react-hook-form';
import type { Customer } from '@shared/customers/customer';
import { InvoiceDraftInputSchema } from '@shared/invoicing/draft';
import type { ChorusService } from '@shared/invoicing/party';
import { useBridge } from '../../../api/client';
import { FieldMessages, describedBy, limitText } from '../../../components/field-messages';
import { FormDateField, FormSelectField, FormTextField } from '../../../forms/form-fields';
import { maxLengthsOf } from '../../../forms/schema-limits';
import type { MessageKey } from '../../../i18n/fr';
import { t } from '../../../i18n/t';
import { soleServiceCode } from './editor-lines';
import type { EditorFields, TermsKind } from './editor-model';
import type { FieldProblem } from './invoice-lines-table';
import { CustomerCombobox } from './customer-combobox';

const TERMS: readonly TermsKind[] = ['default', 'net', 'end-of-month', 'net-end-of-month', 'on-receipt'];

interface HeaderFieldsProps {
  control: Control<EditorFields>;
  fields: EditorFields;
  customers: readonly Customer[];
  problems: ReadonlyMap<string, FieldProblem>;
  onChange: (patch: Partial<EditorFields>) => void;
  /** A credit note stays with the corrected invoice's customer: shown, not editable. */
  isCreditNote?: boolean;
}

const TEXT_LIMITS = maxLengthsOf(InvoiceDraftInputSchema, {
  serviceCode: 'serviceCode',
  engagementNumber: 'engagementNumber',
  marketNumber: 'marketNumber',
  buyerOrderReference: 'buyerOrderReference',
  note: 'note',
});

/** Customer, dates, payment terms and the Chorus Pro references. Problems show under each control. */
export function EditorHeaderFields({ control, fields, customers, problems, onChange, isCreditNote = false }: HeaderFieldsProps) {
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
              // The picked customer may lie beyond the loaded list: its only open service is read from it here.
              const single = soleServiceCode(picked ?? undefined);
              onChange({ customerId: picked ? String(picked.id) : '', ...(single && fields.serviceCode.trim() === '' ? { serviceCode: single } : {}) });
            }}
          />
        )}
        <div className="field-row even">
          <FormDateField control={control} name="issueDate" label={t('editor.issueDate')} isRequired liveError={error('issueDate')} />
          <FormDateField control={control} name="deliveryDate" label={t('editor.deliveryDate')} liveError={error('deliveryDate')} />
        </div>
        <div className="field-row even">
          <FormSelectField
            control={control}
            name="termsKind"
            label={t('editor.terms')}
            options={TERMS.map((kind) => ({ value: kind, label: t(`editor.terms.${kind}` satisfies MessageKey) }))}
            liveError={error('termsKind')}
          />
          {hasDays ? (
            <FormTextField control={control} name="termsDays" label={t('editor.termsDays')} inputMode="numeric" maxLength={3} liveError={error('termsDays')} />
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
              <FormTextField control={control} name="engagementNumber" label={t('editor.engagementNumber')} maxLength={TEXT_LIMITS.engagementNumber} liveError={error('engagementNumber')} />
            </div>
            <FormTextField control={control} name="marketNumber" label={t('editor.marketNumber')} maxLength={TEXT_LIMITS.marketNumber} liveError={error('marketNumber')} />
          </>
        ) : null}
        {isPerson ? null : (
          <FormTextField control={control} name="buyerOrderReference" label={t('editor.orderReference')} maxLength={TEXT_LIMITS.buyerOrderReference} liveError={error('buyerOrderReference')} />
        )}
        <FormTextField control={control} name="note" label={t('editor.note')} maxLength={TEXT_LIMITS.note} liveError={error('note')} />
      </fieldset>
    </>
  );
}

/** The invoice's customer: from the list already loaded, else read by id (a customer beyond the first page). */
export function useSelectedCustomer(customerId: string, customers: readonly Customer[]): Customer | null {
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
  const limit = limitText(value.length, TEXT_LIMITS.serviceCode);
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{t('editor.serviceCode')}</label>
      <input
        id={id}
        name="serviceCode"
        value={value}
        list={`${id}-services`}
        autoComplete="off"
        maxLength={TEXT_LIMITS.serviceCode}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, limit)}
      />
      <datalist id={`${id}-services`}>
        {services.map((service) => (
          <option key={service.code} value={service.code}>
            {service.name}
          </option>
        ))}
      </datalist>
      <FieldMessages id={id} hint={hint} error={error} limit={limit} />
    </div>
  );
}
