import { Link } from 'react-router';
import type { InvoiceListQuery } from '@shared/invoicing/invoice-views';
import { formatEuros } from '@shared/money/euros';
import { useChannelQuery } from '../../../api/queries';
import { t, tp } from '../../../i18n/t';
import { HomeCardFrame } from '../../home/home-card-frame';

/**
 * One row is enough: the count comes with the page (exact up to 200, "plus de 200" beyond) and the sum
 * of what is still owed covers every matching invoice (sumRemainingCents), not just the page. No type
 * filter: the unpaid and overdue states are invoices' only (factures d'acompte included, which are owed),
 * and the drafts counted are those « Voir les brouillons » lists.
 */
function useInvoiceCount(status: InvoiceListQuery['status']) {
  const page = useChannelQuery('invoices:list', { status, limit: 1 });
  return {
    count: page.data?.total ?? 0,
    countText: page.data?.isTotalCapped ? t('home.invoices.moreThan', { count: page.data.total }) : String(page.data?.total ?? 0),
    remainingCents: page.data?.sumRemainingCents ?? 0,
    isReady: Boolean(page.data),
  };
}

/** Drafts waiting to be finished and issued. */
export function InvoiceDraftsCard() {
  const { count, countText, isReady } = useInvoiceCount('draft');
  if (!isReady || count === 0) return null;
  return (
    <HomeCardFrame title={t('home.invoices.drafts')} testId="home-card-invoice-drafts">
      <p>{tp('home.invoices.draftsCount', count, { countText })}</p>
      <Link to="/factures?statut=draft">{t('home.invoices.draftsLink')}</Link>
    </HomeCardFrame>
  );
}

/** Issued invoices not yet (fully) paid, and what they still bring in. */
export function UnpaidInvoicesCard() {
  const { count, countText, remainingCents, isReady } = useInvoiceCount('unpaid');
  if (!isReady || count === 0) return null;
  return (
    <HomeCardFrame title={t('home.invoices.unpaid')} testId="home-card-invoice-unpaid">
      <p>{tp('home.invoices.unpaidCount', count, { countText, total: formatEuros(remainingCents) })}</p>
      <Link to="/factures?statut=unpaid">{t('home.invoices.unpaidLink')}</Link>
    </HomeCardFrame>
  );
}

/** Invoices past their due date: the ones to chase. */
export function OverdueInvoicesCard() {
  const { count, countText, remainingCents, isReady } = useInvoiceCount('overdue');
  if (!isReady || count === 0) return null;
  return (
    <HomeCardFrame title={t('home.invoices.overdue')} tone="warning" testId="home-card-invoice-overdue">
      <p>{tp('home.invoices.overdueCount', count, { countText, total: formatEuros(remainingCents) })}</p>
      <Link className="button" to="/factures?statut=overdue">{t('home.invoices.overdueLink')}</Link>
    </HomeCardFrame>
  );
}
