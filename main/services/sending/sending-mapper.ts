import { invoiceStatusLabel, isFinalInvoiceStatus } from '@shared/sending/chorus-statuses';
import { actionFor } from '@shared/sending/sending-actions';
import { STAGE_LABELS, type SendingStage } from '@shared/sending/sending-stage';
import type { SendingEntry, TimelineItem } from '@shared/sending/sending-views';
import type { ListedRow } from '../../db/repositories/sending-list-repository';
import type { SendingListRow } from '../../db/repositories/sending-repository';
import type { SendingStatusRow } from '../../db/repositories/sending-status-repository';
import type { JournalEntry } from '../journal/journal';
import { SENDING_JOURNAL_LABELS } from '@shared/sending/journal-kinds';
import { parisWallTimeToIso } from '@shared/sending/paris-time';

function fluxErrors(json: string): string[] {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

export function toEntry(row: SendingListRow | ListedRow): SendingEntry {
  return {
    invoiceId: row.invoice_id,
    number: row.number,
    typeCode: row.document_type_code,
    buyerName: row.buyer_name,
    issueDate: row.issue_date,
    totalCents: row.total_cents,
    channel: row.channel,
    stage: row.stage,
    chorusStatus: row.chorus_status,
    // Chorus Pro's Paris wall time made an instant; a day typed by hand stays a day.
    chorusStatusAt: row.chorus_status_at === null ? null : (parisWallTimeToIso(row.chorus_status_at) ?? row.chorus_status_at),
    fluxState: row.flux_state,
    fluxNumber: row.flux_number,
    chorusInvoiceId: row.chorus_invoice_id,
    portalDepositDate: row.portal_deposit_date,
    portalNumber: row.portal_number,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error_code === null ? null : { code: row.last_error_code, message: row.last_error_message ?? '' },
    fluxErrors: fluxErrors(row.flux_errors),
    isFinal: row.stage === 'flux_rejected' || isFinalInvoiceStatus(row.chorus_status),
    action: row.stage === 'unsent' || row.channel === null ? null : actionFor({ stage: row.stage, channel: row.channel, status: row.chorus_status, typeCode: row.document_type_code }),
    updatedAt: row.updated_at,
  };
}

/** What a stage move reads like in the timeline, with the detail the journal kept. */
function stageComment(entry: JournalEntry): string {
  const p = entry.payload;
  if (typeof p.fluxNumber === 'string') return `Numéro de dépôt ${p.fluxNumber}`;
  if (typeof p.portalNumber === 'string' && p.portalNumber !== '') return `Numéro affiché par le portail : ${p.portalNumber}`;
  if (typeof p.chorusInvoiceId === 'number') return `Identifiant Chorus Pro ${p.chorusInvoiceId}`;
  if (Array.isArray(p.errors)) return p.errors.map(String).join(' ; ');
  if (typeof p.comment === 'string') return p.comment;
  return '';
}

const SHOWN_KINDS = new Set(['sending.queued', 'sending.deposited', 'sending.integrated', 'sending.flux-rejected', 'sending.portal-planned', 'sending.portal-deposited', 'sending.cancelled', 'sending.matched', 'sending.completed', 'sending.recycled', 'sending.replaced', 'sending.reconciled']);

/**
 * The life of one piece, oldest first: the app's own steps (from the journal: queued, deposited, …) and
 * every Chorus Pro status with its comment (from the API or recorded by hand). Retries and claims stay in
 * the journal but are not worth a line here.
 */
export function buildTimeline(journal: readonly JournalEntry[], statuses: readonly SendingStatusRow[]): TimelineItem[] {
  const steps = journal
    .filter((entry) => SHOWN_KINDS.has(entry.kind))
    .map((entry) => {
      const from = entry.payload.from as SendingStage | undefined;
      const to = entry.payload.to as SendingStage | undefined;
      const isMove = to !== undefined && to !== from;
      const item: TimelineItem = {
        at: entry.at,
        kind: 'stage',
        label: isMove ? STAGE_LABELS[to] : (SENDING_JOURNAL_LABELS[entry.kind] ?? entry.kind),
        code: isMove ? to : entry.kind,
        comment: stageComment(entry),
        source: 'app',
      };
      return { item, key: [entry.at.slice(0, 10), entry.at] };
    });
  const facts = statuses.map((s) => {
    // Chorus Pro dates a status to the minute in Paris time; one typed by hand has a day only and comes,
    // within that day, where it was recorded.
    const instant = parisWallTimeToIso(s.status_at);
    const item: TimelineItem = { at: instant ?? s.status_at, kind: 'status', label: invoiceStatusLabel(s.status), code: s.status, comment: s.comment, source: s.source };
    return { item, key: instant ? [instant.slice(0, 10), instant] : [s.status_at.slice(0, 10), s.recorded_at] };
  });
  return [...steps, ...facts].sort((a, b) => compareKeys(a.key, b.key)).map((entry) => entry.item);
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
