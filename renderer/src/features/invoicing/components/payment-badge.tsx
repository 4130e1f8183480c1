import type { InvoiceSummary } from '@shared/invoicing/invoice-views';
import type { MessageKey } from '../../../i18n/fr';
import { t } from '../../../i18n/t';

const TONES: Readonly<Record<InvoiceSummary['paymentState'], string>> = {
  draft: 'badge-muted',
  unpaid: 'badge-soon',
  'partially-paid': 'badge-soon',
  paid: 'badge-ok',
  credited: 'badge-muted',
  'credited-note': 'badge-muted',
};

/** The payment state as a word (never a colour alone), plus "En retard" when the due date has passed. */
export function PaymentBadges({ invoice }: { invoice: Pick<InvoiceSummary, 'paymentState' | 'isOverdue'> }) {
  return (
    <span className="badges">
      <span className={`badge ${TONES[invoice.paymentState]}`}>{t(`invoices.state.${invoice.paymentState}` satisfies MessageKey)}</span>
      {invoice.isOverdue ? <span className="badge badge-late">{t('invoices.state.overdue')}</span> : null}
    </span>
  );
}
