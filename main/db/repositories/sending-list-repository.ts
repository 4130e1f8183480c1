import type { Database } from 'better-sqlite3';
import type { InvoiceTypeCode } from '@shared/invoicing/invoice-document';
import type { SendingListQuery } from '@shared/sending/sending-views';
import { applyConditions, createStatementCache } from '../dynamic-query';
import { FILTER_CONDITIONS, type SendingListRow } from './sending-repository';

const FROM = 'FROM sendings s JOIN invoices i ON i.id = s.invoice_id';
/** Issued pieces to a public buyer (customers first: the index prunes, the frozen buyer decides). */
const PUBLIC_ISSUED = `i.status = 'issued' AND i.customer_id IN (SELECT id FROM customers WHERE kind = 'public')
  AND json_extract(i.document, '$.buyer.kind') = 'public'`;
const COLUMNS = `invoice_id, channel, stage, check_remote, claimed_by, claimed_at, flux_number, flux_date, flux_state, flux_errors,
  chorus_invoice_id, chorus_status, chorus_status_at, portal_deposit_date, portal_number, attempts, next_attempt_at,
  last_error_code, last_error_message, changed_at, created_at, updated_at, number, type_code, document_type_code, buyer_name, issue_date, total_cents, customer_id`;
/**
 * « Envois » lists every piece that concerns Chorus Pro: those with a sending entry, and the issued ones
 * to a public buyer not sent yet (stage 'unsent', no entry: nothing is decided for them).
 */
const LISTED = `WITH listed AS (
  SELECT s.invoice_id, s.channel, s.stage, s.check_remote, s.claimed_by, s.claimed_at, s.flux_number, s.flux_date, s.flux_state, s.flux_errors,
    s.chorus_invoice_id, s.chorus_status, s.chorus_status_at, s.portal_deposit_date, s.portal_number, s.attempts, s.next_attempt_at,
    s.last_error_code, s.last_error_message, s.changed_at, s.created_at, s.updated_at, i.number, i.type_code, i.document_type_code, i.buyer_name, i.issue_date, i.total_cents, i.customer_id
  FROM sendings s JOIN invoices i ON i.id = s.invoice_id
  UNION ALL
  SELECT i.id, NULL, 'unsent', 0, NULL, NULL, NULL, NULL, NULL, '[]', NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL,
    i.issued_at, i.issued_at, i.issued_at, i.number, i.type_code, i.document_type_code, i.buyer_name, i.issue_date, i.total_cents, i.customer_id
  FROM invoices i WHERE ${PUBLIC_ISSUED} AND NOT EXISTS (SELECT 1 FROM sendings e WHERE e.invoice_id = i.id)
)`;

/** A listed piece: a sending entry, or an issued public piece not sent yet. */
export type ListedRow = Omit<SendingListRow, 'stage' | 'channel'> & { stage: SendingListRow['stage'] | 'unsent'; channel: SendingListRow['channel'] | null };

export interface SendingCounts {
  unsent: number;
  toSend: number;
  waiting: number;
  suspended: number;
  rejected: number;
  toRecycle: number;
  errors: number;
}

export interface PortalReminderRow {
  invoice_id: number;
  number: string;
  document_type_code: InvoiceTypeCode;
  buyer_name: string;
  portal_deposit_date: string;
  last_news: string;
}

/** What « Envois » and Accueil read: pages of entries with filters, counts per state, portal reminders. */
export function createSendingListRepository(db: Database) {
  const statement = createStatementCache(db);
  const counts = db.prepare<[], SendingCounts>(
    `SELECT
       (SELECT count(*) FROM invoices i WHERE ${PUBLIC_ISSUED} AND NOT EXISTS (SELECT 1 FROM sendings s WHERE s.invoice_id = i.id)) AS unsent,
       count(*) FILTER (WHERE ${FILTER_CONDITIONS['to-send']}) AS toSend,
       count(*) FILTER (WHERE ${FILTER_CONDITIONS.waiting}) AS waiting,
       count(*) FILTER (WHERE s.chorus_status = 'SUSPENDUE') AS suspended,
       count(*) FILTER (WHERE s.chorus_status = 'REJETEE' OR s.stage = 'flux_rejected') AS rejected,
       count(*) FILTER (WHERE s.chorus_status = 'A_RECYCLER') AS toRecycle,
       count(*) FILTER (WHERE ${FILTER_CONDITIONS.errors} AND s.stage IN ('queued', 'depositing', 'deposited')) AS errors
     FROM sendings s`,
  );
  /** Deposited by hand, not final, and neither the deposit nor any status recorded since `before`. */
  const reminders = db.prepare<{ before: string; limit: number }, PortalReminderRow>(
    `SELECT s.invoice_id, i.number, i.document_type_code, i.buyer_name, s.portal_deposit_date,
       max(s.portal_deposit_date, coalesce(substr(s.chorus_status_at, 1, 10), '')) AS last_news
     ${FROM}
     WHERE s.stage = 'deposited_portal' AND s.chorus_status IS NOT 'MISE_EN_PAIEMENT' AND s.chorus_status IS NOT 'REJETEE'
       AND max(s.portal_deposit_date, coalesce(substr(s.chorus_status_at, 1, 10), '')) <= @before
     ORDER BY last_news, s.invoice_id LIMIT @limit`,
  );

  return {
    list(query: SendingListQuery): { rows: ListedRow[]; total: number } {
      const where: string[] = [];
      const params: Record<string, unknown> = { limit: query.limit, offset: query.offset };
      const filter = query.filter === 'to-send' ? `(${FILTER_CONDITIONS['to-send']} OR s.stage = 'unsent')` : FILTER_CONDITIONS[query.filter];
      if (filter) where.push(`(${filter})`);
      applyConditions(where, params, [
        ['channel', query.channel, 's.channel = @channel'],
        ['text', query.text === '' ? undefined : `%${query.text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`, "(s.number LIKE @text ESCAPE '\\' OR s.buyer_name LIKE @text ESCAPE '\\')"],
      ]);
      const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const rows = statement(`${LISTED} SELECT ${COLUMNS} FROM listed s ${condition} ORDER BY s.updated_at DESC, s.invoice_id DESC LIMIT @limit OFFSET @offset`).all(params) as ListedRow[];
      const total = statement(`${LISTED} SELECT count(*) FROM listed s ${condition}`).pluck().get(params) as number;
      return { rows, total };
    },
    counts: (): SendingCounts => counts.get() as SendingCounts,
    portalReminders: (before: string, limit = 20): PortalReminderRow[] => reminders.all({ before, limit }),
  };
}

export type SendingListRepository = ReturnType<typeof createSendingListRepository>;
