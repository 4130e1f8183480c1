import type { SendingEntry } from '@shared/sending/sending-views';
import { useChannelMutation } from '../../api/queries';
import type { Status } from '../../components/form-status';
import { t } from '../../i18n/t';
import { canCancel, canRetry } from './sending-text';

/** « Réessayer » and « Annuler l’envoi » where they apply; the list refetches by itself. */
export function SendingRowActions({ entry, onStatus }: { entry: SendingEntry; onStatus: (status: Status) => void }) {
  const retry = useChannelMutation('sending:retry');
  const cancel = useChannelMutation('sending:cancel');
  async function run(mutation: typeof retry, saved: string) {
    const result = await mutation.mutateAsync({ invoiceId: entry.invoiceId });
    onStatus(result.ok ? { kind: 'saved', message: `${entry.number} : ${saved}` } : { kind: 'error', message: result.error.message });
  }
  return (
    <div className="row-actions">
      {canRetry(entry) ? (
        <button type="button" className="button small" onClick={() => void run(retry, t('sending.retried'))} aria-busy={retry.isPending}>
          {t('sending.retry')}
          <span className="visually-hidden"> {entry.number}</span>
        </button>
      ) : null}
      {canCancel(entry) ? (
        <button type="button" className="button small" onClick={() => void run(cancel, t('sending.cancelled'))} aria-busy={cancel.isPending}>
          {t('sending.cancel')}
          <span className="visually-hidden"> {entry.number}</span>
        </button>
      ) : null}
    </div>
  );
}
