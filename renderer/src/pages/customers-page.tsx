import { keepPreviousData } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { formatSiren, formatSiret } from '@shared/company/format-siret';
import type { Customer } from '@shared/customers/customer';
import { useChannelQuery } from '../api/queries';
import { DataTable, type Column } from '../components/data-table';
import { RowActionsMenu } from '../components/row-actions-menu';
import { ListPage, SearchFilters, useArchiveToggle, useSearchFilters } from '../features/invoicing/components/list-page';
import '../features/invoicing.css';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

const PAGE_SIZE = 20;

export function CustomersPage() {
  usePageTitle(t('customers.title'));
  const navigate = useNavigate();
  const filters = useSearchFilters();
  const page = useChannelQuery('customers:search', { text: filters.search, includeArchived: filters.includeArchived, limit: PAGE_SIZE, offset: filters.offset }, { placeholderData: keepPreviousData });
  const archive = useArchiveToggle('customers:archive', { archived: t('customers.archived'), restored: t('customers.restored') });

  const columns: ReadonlyArray<Column<Customer>> = [
    {
      id: 'name',
      header: t('customers.col.name'),
      isRowHeader: true,
      cell: (customer) => (
        <>
          <Link to={`/clients/${customer.id}`}>{customer.legalName}</Link>
          {customer.isArchived ? <span className="badge badge-muted">{t('common.archived')}</span> : null}
        </>
      ),
    },
    { id: 'kind', header: t('customers.col.kind'), cell: (customer) => t(customer.kind === 'public' ? 'customers.kind.public' : 'customers.kind.private') },
    {
      id: 'siret',
      header: t('customers.col.siret'),
      className: 'nowrap',
      cell: (customer) => (customer.siret ? formatSiret(customer.siret) : customer.siren ? formatSiren(customer.siren) : t('common.none')),
    },
    { id: 'city', header: t('customers.col.city'), cell: (customer) => customer.address.city },
    {
      id: 'actions',
      header: t('common.actions'),
      cell: (customer) => (
        <RowActionsMenu
          name={customer.legalName}
          actions={[
            { id: 'invoice', label: t('customers.newInvoice'), onAction: () => navigate(`/factures/nouvelle?client=${customer.id}`) },
            { id: 'archive', label: t(customer.isArchived ? 'common.restore' : 'common.archive'), onAction: () => void archive.toggle(customer) },
          ]}
        />
      ),
    },
  ];

  return (
    <ListPage
      title={t('customers.title')}
      newLink={{ to: '/clients/nouveau', label: t('customers.new') }}
      filters={<SearchFilters filters={filters} hint={t('customers.searchHint')} />}
      status={archive.status}
      query={page}
      isEmpty={page.data?.rows.length === 0}
      pager={page.data ? { offset: filters.offset, limit: PAGE_SIZE, total: page.data.total, onChange: filters.setOffset } : undefined}
    >
      <DataTable rows={page.data?.rows ?? []} columns={columns} caption={t('customers.title')} rowKey={(customer) => customer.id} />
    </ListPage>
  );
}
