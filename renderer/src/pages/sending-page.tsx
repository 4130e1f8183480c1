import '../features/sending/sending.css';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatEuros } from '@shared/money/euros';
import { SENDING_FILTERS, type SendingEntry, type SendingFilter } from '@shared/sending/sending-views';
import { useChannelQuery } from '../api/queries';
import { DataTable, type Column } from '../components/data-table';
import { FormStatus, type Status } from '../components/form-status';
import { SelectField } from '../components/select-field';
import { TextField } from '../components/text-field';
import { BatchExport } from '../features/sending/batch-export';
import { SendingRowActions } from '../features/sending/sending-row-actions';
import { SendingStateCell } from '../features/sending/sending-state-cell';
import { canBatch, channelText } from '../features/sending/sending-text';
import { SyncLine } from '../features/sending/sync-indicator';
import { SyncNowButton } from '../features/sending/sync-now-button';
import { LoadState } from '../features/invoicing/components/load-state';
import { Pager } from '../features/invoicing/components/pager';
import { useDebouncedValue } from '../features/invoicing/components/use-debounced-value';
import { t } from '../i18n/t';
import { usePageTitle } from './use-page-title';

type ChannelFilter = 'all' | 'api' | 'portal';
const LIMIT = 50;
const FILTER_OPTIONS = SENDING_FILTERS.map((value) => ({ value, label: t(`sending.filter.${value}`) }));
const CHANNEL_OPTIONS: Array<{ value: ChannelFilter; label: string }> = [
  { value: 'all', label: t('sending.channel.all') },
  { value: 'api', label: t('sending.channel.api') },
  { value: 'portal', label: t('sending.channel.portal') },
];

/** « Envois »: every piece for a public buyer, whichever the path, with its state, errors and actions. */
export function SendingPage() {
  usePageTitle(t('sending.title'));
  const [params] = useSearchParams();
  const asked = params.get('filtre');
  // Accueil's cards link here with their filter (?filtre=action).
  const [filter, setFilter] = useState<SendingFilter>(SENDING_FILTERS.find((value) => value === asked) ?? 'all');
  const [channel, setChannel] = useState<ChannelFilter>('all');
  const [text, setText] = useState('');
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [status, setStatus] = useState<Status | null>(null);
  const search = useDebouncedValue(text);
  const page = useChannelQuery(
    'sending:list',
    { filter, text: search, limit: LIMIT, offset, ...(channel === 'all' ? {} : { channel }) },
    { placeholderData: keepPreviousData },
  );
  const toggle = (id: number) => setSelected((current) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });
  const columns: ReadonlyArray<Column<SendingEntry>> = [
    {
      id: 'select',
      header: <span className="visually-hidden">{t('sending.batchChecklist')}</span>,
      cell: (entry) =>
        canBatch(entry) ? (
          <input type="checkbox" checked={selected.has(entry.invoiceId)} onChange={() => toggle(entry.invoiceId)} aria-label={t('sending.select', { number: entry.number })} />
        ) : null,
    },
    { id: 'number', header: t('sending.col.number'), isRowHeader: true, className: 'nowrap', cell: (entry) => <Link to={`/factures/${entry.invoiceId}`}>{entry.number}</Link> },
    { id: 'buyer', header: t('sending.col.buyer'), cell: (entry) => entry.buyerName },
    { id: 'amount', header: t('sending.col.amount'), className: 'num nowrap', cell: (entry) => formatEuros(entry.totalCents) },
    { id: 'channel', header: t('sending.col.channel'), cell: (entry) => channelText(entry.channel) },
    { id: 'state', header: t('sending.col.state'), cell: (entry) => <SendingStateCell entry={entry} /> },
    { id: 'actions', header: t('sending.col.actions'), cell: (entry) => <SendingRowActions entry={entry} onStatus={setStatus} /> },
  ];
  const reset = () => setOffset(0);
  return (
    <section aria-labelledby="page-title">
      <div className="page-head">
        <h1 id="page-title">{t('sending.title')}</h1>
        <SyncNowButton />
      </div>
      <p>{t('sending.intro')}</p>
      <SyncLine />
      <div className="filters" role="search">
        <SelectField name="filtre" label={t('sending.filter')} value={filter} options={FILTER_OPTIONS} onChange={(value) => { setFilter(value); reset(); }} />
        <SelectField name="voie" label={t('sending.channel')} value={channel} options={CHANNEL_OPTIONS} onChange={(value) => { setChannel(value); reset(); }} />
        <TextField name="recherche" label={t('common.search')} hint={t('sending.searchHint')} value={text} onChange={(value) => { setText(value); reset(); }} />
      </div>
      <FormStatus status={status} />
      <LoadState isLoading={page.isPending} error={page.error} />
      {page.data && page.data.rows.length === 0 ? <p className="notice">{t('sending.empty')}</p> : null}
      {page.data && page.data.rows.length > 0 ? (
        <DataTable rows={page.data.rows} columns={columns} caption={t('sending.caption')} rowKey={(entry) => entry.invoiceId} className="sending-table" />
      ) : null}
      {page.data ? <Pager offset={offset} limit={LIMIT} total={page.data.total} onChange={setOffset} /> : null}
      <BatchExport invoiceIds={[...selected]} onDone={() => setSelected(new Set())} />
    </section>
  );
}
