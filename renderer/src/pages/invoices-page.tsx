import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useChannelQuery } from '../api/queries';
import { ListPage } from '../features/invoicing/components/list-page';
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
  const query = {
    status: values.status,
    text,
    limit: PAGE_SIZE,
    offset,
    ...(values.customerId ? { customerId: Number(values.customerId) } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  };
  const page = useChannelQuery('invoices:list', query, { placeholderData: keepPreviousData });

  function change(patch: Partial<InvoiceFilterValues>) {
    setValues((current) => ({ ...current, ...patch }));
    setOffset(0);
    if (patch.status) setParams(patch.status === 'all' ? {} : { statut: patch.status }, { replace: true });
  }

  return (
    <ListPage
      title={t('invoices.title')}
      newLink={{ to: '/factures/nouvelle', label: t('invoices.new') }}
      filters={<InvoiceFilters values={values} onChange={change} />}
      query={page}
      isEmpty={page.data?.rows.length === 0}
      pager={page.data ? { offset, limit: PAGE_SIZE, total: page.data.total, onChange: setOffset } : undefined}
    >
      <InvoiceTable rows={page.data?.rows ?? []} caption={t('invoices.title')} />
    </ListPage>
  );
}
