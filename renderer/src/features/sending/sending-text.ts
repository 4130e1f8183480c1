import { fluxStateLabel, invoiceStatusLabel } from '@shared/sending/chorus-statuses';
import { STAGE_LABELS } from '@shared/sending/sending-stage';
import type { SendingEntry } from '@shared/sending/sending-views';
import { t } from '../../i18n/t';
import { shortDate } from '../invoicing/components/dates';

const PARIS = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** "27/11/2026 10:15" for an instant (Paris time), "27/11/2026" for a day typed by hand. */
export function whenText(value: string | null): string {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return shortDate(value);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : PARIS.format(date).replace(',', '');
}

export function channelText(channel: SendingEntry['channel']): string {
  return channel ? t(`sending.channel.${channel}`) : t('sending.channel.none');
}

/**
 * Where the piece stands, in one line: the Chorus Pro status when there is one (an unknown one as Chorus
 * wrote it), else the stage, and the deposit's own state while Chorus Pro integrates it.
 */
export function stateText(entry: SendingEntry): string {
  if (entry.chorusStatus) return t('state.statusOn', { status: invoiceStatusLabel(entry.chorusStatus), date: whenText(entry.chorusStatusAt) });
  const stage = STAGE_LABELS[entry.stage];
  return entry.stage === 'deposited' && entry.fluxState ? `${stage} — ${t('state.fluxState', { state: fluxStateLabel(entry.fluxState) })}` : stage;
}

/** Can the user ask for a retry now: an entry waiting on the sender after a failure, or refused and held. */
export function canRetry(entry: SendingEntry): boolean {
  return entry.lastError !== null && (entry.stage === 'queued' || entry.stage === 'depositing' || entry.stage === 'deposited' || entry.stage === 'integrated');
}

export function canCancel(entry: SendingEntry): boolean {
  return entry.stage === 'queued' || entry.stage === 'to_deposit';
}

/** Pieces that can go into a batch for the portal: not at Chorus Pro, not being deposited. */
export function canBatch(entry: SendingEntry): boolean {
  return entry.stage === 'unsent' || entry.stage === 'to_deposit' || entry.stage === 'queued' || entry.stage === 'cancelled';
}
