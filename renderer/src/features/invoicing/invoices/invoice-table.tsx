import { Link } from 'react-router';
import type { InvoiceSummary } from '@shared/invoicing/invoice-views';
import { formatEuros } from '@shared/money/euros';
import { DataTable, type Column } from '../../../components/data-table';
import type { MessageKey } from '../../../i18n/fr';
import { t } from '../../../i18n/t';
import { shortDate } from '../components/dates';
import { PaymentBadges } from '../components/payment-badge';

/** "F-2026-0001", or "Brouillon n° 3" before issuing gives a number. */
export function invoiceLabel(invoice: Pick<InvoiceSummary, 'id' | 'number'>): string {
  return invoice.number ?? t('invoices.draftNumber', { id: invoice.id });
}

const COLUMNS: ReadonlyArray<Column<InvoiceSummary>> = [
  { id: 'number', header: t('invoices.col.number'), isRowHeader: true, className: 'nowrap', cell: (invoice) => <Link to={`/factures/${invoice.id}`}>{invoiceLabel(invoice)}</Link> },
  { id: 'type', header: t('invoices.col.type'), cell: (invoice) => t(`invoices.type.${invoice.typeCode}` satisfies MessageKey) },
  { id: 'customer', header: t('invoices.col.customer'), className: 'col-customer', cell: (invoice) => invoice.buyerName || <span className="muted">{t('invoices.noCustomer')}</span> },
  { id: 'date', header: t('invoices.col.date'), className: 'nowrap', cell: (invoice) => shortDate(invoice.issueDate) },
  { id: 'due', header: t('invoices.col.due'), className: 'nowrap', cell: (invoice) => (invoice.typeCode === '381' ? t('common.none') : shortDate(invoice.dueDate)) },
  { id: 'total', header: t('invoices.col.total'), className: 'num nowrap', cell: (invoice) => formatEuros(invoice.totalCents) },
  {
    id: 'remaining',
    header: t('invoices.col.remaining'),
    className: 'num nowrap',
    cell: (invoice) => (invoice.status === 'issued' && invoice.typeCode !== '381' ? formatEuros(invoice.remainingCents) : t('common.none')),
  },
  { id: 'state', header: t('invoices.col.state'), className: 'col-state', cell: (invoice) => <PaymentBadges invoice={invoice} /> },
];

export function InvoiceTable({ rows, caption }: { rows: readonly InvoiceSummary[]; caption: string }) {
  return <DataTable rows={rows} columns={COLUMNS} caption={caption} rowKey={(invoice) => invoice.id} className="invoice-table" />;
}
