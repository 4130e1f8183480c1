import { useState } from 'react';
import { useChannelMutation, useChannelQuery } from '../../api/queries';
import { FormStatus, type Status } from '../../components/form-status';
import { t } from '../../i18n/t';

/** « Synchroniser maintenant »: the sender runs at once (deposits and statuses), only when the API is set. */
export function SyncNowButton() {
  const summary = useChannelQuery('sending:summary', {});
  const sync = useChannelMutation('sending:syncNow');
  const [status, setStatus] = useState<Status | null>(null);
  if (!summary.data?.sync.isApiConfigured) return null;
  async function run() {
    const result = await sync.mutateAsync({});
    setStatus(result.ok ? { kind: 'saved', message: t('sending.syncAsked') } : { kind: 'error', message: result.error.message });
  }
  return (
    <div className="sync-now">
      <button type="button" className="button" onClick={() => void run()} aria-busy={sync.isPending || summary.data.sync.isSyncing}>
        {t('sending.syncNow')}
      </button>
      <FormStatus status={status} />
    </div>
  );
}
