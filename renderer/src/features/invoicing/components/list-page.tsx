import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { AppError } from '@shared/ipc/result';
import { useChannelMutation } from '../../../api/queries';
import { CheckboxField } from '../../../components/checkbox-field';
import { FormStatus, type Status } from '../../../components/form-status';
import { TextField } from '../../../components/text-field';
import { t } from '../../../i18n/t';
import { LoadState } from './load-state';
import { Pager } from './pager';
import { useDebouncedValue } from './use-debounced-value';

interface ListPageProps {
  title: string;
  newLink: { to: string; label: string };
  /** The search controls, announced as a search region. */
  filters: ReactNode;
  query: { isPending: boolean; error: AppError | null };
  /** The rows loaded and none to show: the empty text replaces the table. */
  isEmpty: boolean;
  emptyText?: string;
  status?: Status | null;
  pager?: { offset: number; limit: number; total: number; onChange: (offset: number) => void };
  /** The table, shown once rows are loaded. */
  children: ReactNode;
}

/** The frame of every list screen (Clients, Catalogue, Factures): title and « Nouveau… », filters, table, pages. */
export function ListPage({ title, newLink, filters, query, isEmpty, emptyText, status, pager, children }: ListPageProps) {
  const isLoaded = !query.isPending && !query.error;
  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">{title}</h1>
        <Link className="button primary" to={newLink.to}>
          {newLink.label}
        </Link>
      </div>
      {filters}
      {status !== undefined ? <FormStatus status={status} /> : null}
      <LoadState isLoading={query.isPending} error={query.error} />
      {isLoaded && isEmpty && emptyText ? <p className="notice">{emptyText}</p> : null}
      {isLoaded && !isEmpty ? children : null}
      {isLoaded && pager ? <Pager {...pager} /> : null}
    </section>
  );
}

/** Search text (debounced for the query), « Afficher les archives », and the page offset they reset. */
export function useSearchFilters() {
  const [text, setText] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [offset, setOffset] = useState(0);
  const search = useDebouncedValue(text);
  return {
    text,
    search,
    includeArchived,
    offset,
    setOffset,
    setText: (value: string) => {
      setText(value);
      setOffset(0);
    },
    setIncludeArchived: (value: boolean) => {
      setIncludeArchived(value);
      setOffset(0);
    },
  };
}

export function SearchFilters({ filters, hint }: { filters: ReturnType<typeof useSearchFilters>; hint: string }) {
  return (
    <div className="filters" role="search">
      <TextField name="recherche" label={t('common.search')} hint={hint} value={filters.text} onChange={filters.setText} />
      <CheckboxField name="archives" label={t('common.showArchived')} checked={filters.includeArchived} onChange={filters.setIncludeArchived} />
    </div>
  );
}

/** « Archiver » / « Restaurer » on a row: the call, then the list refetches (the mutation invalidates it). */
export function useArchiveToggle(channel: 'customers:archive' | 'catalogue:archive', messages: { archived: string; restored: string }) {
  const mutation = useChannelMutation(channel);
  const [status, setStatus] = useState<Status | null>(null);
  async function toggle(row: { id: number; isArchived: boolean }) {
    const result = await mutation.mutateAsync({ id: row.id, isArchived: !row.isArchived });
    setStatus(result.ok ? { kind: 'saved', message: row.isArchived ? messages.restored : messages.archived } : { kind: 'error', message: result.error.message });
  }
  return { toggle, status };
}
