import { keepPreviousData } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { CatalogueItem } from '@shared/catalogue/catalogue-item';
import { findUnit } from '@shared/invoicing/units';
import { useChannelQuery } from '../api/queries';
import { DataTable, type Column } from '../components/data-table';
import { unitPriceText } from '../features/invoicing/french-input';
import { ArchiveToggle } from '../features/invoicing/components/archive-toggle';
import { ListPage, SearchFilters, useArchiveToggle, useSearchFilters } from '../features/invoicing/components/list-page';
import { vatChoiceOf } from '../features/invoicing/invoices/editor-model';
import '../features/invoicing.css';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

export function CataloguePage() {
  usePageTitle(t('catalogue.title'));
  const filters = useSearchFilters();
  const items = useChannelQuery('catalogue:list', { text: filters.search, includeArchived: filters.includeArchived }, { placeholderData: keepPreviousData });
  const archive = useArchiveToggle('catalogue:archive', { archived: t('catalogue.archived'), restored: t('catalogue.restored') });

  const columns: ReadonlyArray<Column<CatalogueItem>> = [
    {
      id: 'designation',
      header: t('catalogue.col.designation'),
      isRowHeader: true,
      cell: (item) => (
        <>
          <Link to={`/catalogue/${item.id}`}>{item.designation}</Link>
          {item.isArchived ? <span className="badge badge-muted">{t('common.archived')}</span> : null}
          {item.description ? <span className="cell-note">{item.description}</span> : null}
        </>
      ),
    },
    { id: 'unit', header: t('catalogue.col.unit'), cell: (item) => findUnit(item.unitCode)?.label ?? item.unitCode },
    { id: 'price', header: t('catalogue.col.price'), className: 'num', cell: (item) => unitPriceText(item.unitPrice) },
    { id: 'vat', header: t('catalogue.col.vat'), cell: (item) => vatChoiceOf(item.vatCategory, item.vatRate, item.vatExemptionCode).label },
    { id: 'actions', header: t('common.actions'), cell: (item) => <ArchiveToggle isArchived={item.isArchived} name={item.designation} onToggle={() => void archive.toggle(item)} /> },
  ];

  return (
    <ListPage
      title={t('catalogue.title')}
      newLink={{ to: '/catalogue/nouveau', label: t('catalogue.new') }}
      filters={<SearchFilters filters={filters} hint={t('catalogue.searchHint')} />}
      status={archive.status}
      query={items}
      isEmpty={items.data?.length === 0}
      emptyText={t('catalogue.empty')}
    >
      <DataTable rows={items.data ?? []} columns={columns} caption={t('catalogue.title')} rowKey={(item) => item.id} />
    </ListPage>
  );
}
