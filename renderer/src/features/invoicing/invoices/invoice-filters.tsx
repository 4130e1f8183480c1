import type { InvoiceListQuery } from '@shared/invoicing/invoice-views';
import { useChannelQuery } from '../../../api/queries';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import type { MessageKey } from '../../../i18n/fr';
import { t } from '../../../i18n/t';
import { DateField } from '../components/date-field';

export type StatusFilter = InvoiceListQuery['status'];
/** `paid` and `credited` split the settled invoices: cashed, or cancelled by credit notes. */
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'draft', 'issued', 'unpaid', 'overdue', 'paid', 'credited'];

export interface InvoiceFilterValues {
  status: StatusFilter;
  customerId: string;
  from: string;
  to: string;
  text: string;
}

export function InvoiceFilters({ values, onChange }: { values: InvoiceFilterValues; onChange: (patch: Partial<InvoiceFilterValues>) => void }) {
  const customers = useChannelQuery('customers:search', { text: '', includeArchived: true, limit: 200, offset: 0 });
  const customerOptions = [{ value: '', label: t('invoices.filter.allCustomers') }, ...(customers.data?.rows ?? []).map((c) => ({ value: String(c.id), label: c.legalName }))];
  return (
    <div role="search">
    <fieldset className="form-section filters-grid">
      <legend>{t('invoices.filters')}</legend>
      <SelectField
        name="statut"
        label={t('invoices.filter.status')}
        value={values.status}
        options={STATUS_FILTERS.map((status) => ({ value: status, label: t(`invoices.status.${status}` satisfies MessageKey) }))}
        onChange={(status) => onChange({ status })}
      />
      <SelectField name="client" label={t('invoices.filter.customer')} value={values.customerId} options={customerOptions} onChange={(customerId) => onChange({ customerId })} />
      <DateField name="du" label={t('invoices.filter.from')} value={values.from} onChange={(from) => onChange({ from })} />
      <DateField name="au" label={t('invoices.filter.to')} value={values.to} onChange={(to) => onChange({ to })} />
      <TextField name="recherche" label={t('invoices.filter.text')} hint={t('invoices.filter.textHint')} value={values.text} onChange={(text) => onChange({ text })} />
    </fieldset>
    </div>
  );
}
