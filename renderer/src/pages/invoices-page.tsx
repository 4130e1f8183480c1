import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useChannel } from '../api/client';
import { LoadState } from '../features/invoicing/components/load-state';
import { Pager } from '../features/invoicing/components/pager';
import { useDebouncedValue } from '../features/invoicing/components/use-debounced-value';
import { InvoiceFilters, STATUS_FILTERS, type InvoiceFilterValues, type StatusFilter } from '../features/invoicing/invoices/invoice-filters';
import { InvoiceTable } from '../features/invoicing/invoices/invoice-table';
import '../features/invoicing.css';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

const PAGE_SIZE = 20;

function statusOf(param: string | null): StatusFilter {
  return STATUS_FILTERS.find((status) => status === param) ?? 'all';
}

/** The invoices and credit notes. ?statut=overdue (from the home cards) opens the list filtered. */
export function InvoicesPage() {
  usePageTitle(t('invoices.title'));
  const [params, setParams] = useSearchParams();
  const [values, setValues] = useState<InvoiceFilterValues>(() => ({ status: statusOf(params.get('statut')), customerId: '', from: '', to: '', text: '' }));
  const [offset, setOffset] = useState(0);
  const text = useDebouncedValue(values.text);
  const page = useChannel('invoices:list', {
    status: values.status,
    text,
    limit: PAGE_SIZE,
    offset,
    ...(values.customerId ? { customerId: Number(values.customerId) } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  });

  function change(patch: Partial<InvoiceFilterValues>) {
    setValues((current) => ({ ...current, ...patch }));
    setOffset(0);
    if (patch.status) setParams(patch.status === 'all' ? {} : { statut: patch.status }, { replace: true });
  }

  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">{t('invoices.title')}</h1>
        <Link className="button primary" to="/factures/nouvelle">{t('invoices.new')}</Link>
      </div>
      <InvoiceFilters values={values} onChange={change} />
      <LoadState isLoading={page.isLoading} error={page.error} />
      {page.value ? (
        <>
          {page.value.rows.length > 0 ? <InvoiceTable rows={page.value.rows} caption={t('invoices.title')} /> : null}
          <Pager offset={offset} limit={PAGE_SIZE} total={page.value.total} onChange={setOffset} />
        </>
      ) : null}
    </section>
  );
}
