import type { SendingEntry } from '@shared/sending/sending-views';
import { t } from '../../i18n/t';
import { stateText, whenText } from './sending-text';

/** Failures that are not the piece's: it goes as soon as their cause is gone, not at a given time. */
const WAITING_FOR_CAUSE = new Set(['chorus_offline', 'chorus_credentials_missing', 'chorus_technical_account', 'chorus_piste_credentials', 'chorus_not_subscribed']);

/** The state of a piece with what explains it: the error in French, the next try, the action asked. */
export function SendingStateCell({ entry }: { entry: SendingEntry }) {
  return (
    <div className="sending-state">
      <span className={`badge stage-${entry.stage}${entry.action ? ' needs-action' : ''}`}>{stateText(entry)}</span>
      {entry.lastError ? <p className="form-status error small">{entry.lastError.message}</p> : null}
      {entry.lastError && entry.nextAttemptAt && !WAITING_FOR_CAUSE.has(entry.lastError.code) ? <p className="muted small">{t('sending.nextTry', { date: whenText(entry.nextAttemptAt) })}</p> : null}
      {entry.action ? <p className="small"><strong>{entry.action.title}</strong></p> : null}
    </div>
  );
}
