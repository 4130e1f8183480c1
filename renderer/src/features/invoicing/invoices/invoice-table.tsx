import { Link } from 'react-router';
import type { InvoiceSummary } from '@shared/invoicing/invoice-views';
import { formatEuros } from '@shared/money/euros';
import type { MessageKey } from '../../../i18n/fr';
import { t } from '../../../i18n/t';
import { shortDate } from '../components/dates';
import { PaymentBadges } from '../components/payment-badge';

/** "F-2026-0001", or "Brouillon n° 3" before issuing gives a number. */
export function invoiceLabel(invoice: Pick<InvoiceSummary, 'id' | 'number'>): string {
  return invoice.number ?? t('invoices.draftNumber', { id: invoice.id });
}

export function InvoiceTable({ rows, caption }: { rows: readonly InvoiceSummary[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="data-table invoice-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('invoices.col.number')}</th>
            <th scope="col">{t('invoices.col.type')}</th>
            <th scope="col">{t('invoices.col.customer')}</th>
            <th scope="col">{t('invoices.col.date')}</th>
            <th scope="col">{t('invoices.col.due')}</th>
            <th scope="col" className="num">{t('invoices.col.total')}</th>
            <th scope="col" className="num">{t('invoices.col.remaining')}</th>
            <th scope="col">{t('invoices.col.state')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((invoice) => (
            <tr key={invoice.id}>
              <th scope="row" className="nowrap">
                <Link to={`/factures/${invoice.id}`}>{invoiceLabel(invoice)}</Link>
              </th>
              <td>{t(`invoices.type.${invoice.typeCode}` satisfies MessageKey)}</td>
              <td>{invoice.buyerName || <span className="muted">{t('invoices.noCustomer')}</span>}</td>
              <td className="nowrap">{shortDate(invoice.issueDate)}</td>
              <td className="nowrap">{invoice.typeCode === '381' ? t('common.none') : shortDate(invoice.dueDate)}</td>
              <td className="num">{formatEuros(invoice.totalCents)}</td>
              <td className="num">{invoice.status === 'issued' && invoice.typeCode === '380' ? formatEuros(invoice.remainingCents) : t('common.none')}</td>
              <td>
                <PaymentBadges invoice={invoice} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
