import type { Database } from 'better-sqlite3';
import type { SendingListQuery } from '@shared/sending/sending-views';
import { applyConditions, createStatementCache } from '../dynamic-query';
import { FILTER_CONDITIONS, type SendingListRow } from './sending-repository';

const FROM = 'FROM sendings s JOIN invoices i ON i.id = s.invoice_id';
const PUBLIC_ISSUED = "i.status = 'issued' AND json_extract(i.document, '$.buyer.kind') = 'public'";

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
  type_code: '380' | '381';
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
    `SELECT s.invoice_id, i.number, i.type_code, i.buyer_name, s.portal_deposit_date,
       max(s.portal_deposit_date, coalesce(substr(s.chorus_status_at, 1, 10), '')) AS last_news
     ${FROM}
     WHERE s.stage = 'deposited_portal' AND s.chorus_status IS NOT 'MISE_EN_PAIEMENT' AND s.chorus_status IS NOT 'REJETEE'
       AND max(s.portal_deposit_date, coalesce(substr(s.chorus_status_at, 1, 10), '')) <= @before
     ORDER BY last_news, s.invoice_id LIMIT @limit`,
  );

  return {
    list(query: SendingListQuery): { rows: SendingListRow[]; total: number } {
      const where: string[] = [];
      const params: Record<string, unknown> = { limit: query.limit, offset: query.offset };
      const filter = FILTER_CONDITIONS[query.filter];
      if (filter) where.push(`(${filter})`);
      applyConditions(where, params, [
        ['channel', query.channel, 's.channel = @channel'],
        ['text', query.text === '' ? undefined : `%${query.text.replace(/[%_\\]/g, (c) => `\\${c}`)}%`, "(i.number LIKE @text ESCAPE '\\' OR i.buyer_name LIKE @text ESCAPE '\\')"],
      ]);
      const condition = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const rows = statement(
        `SELECT s.*, i.number, i.type_code, i.buyer_name, i.issue_date, i.total_cents, i.customer_id ${FROM} ${condition}
         ORDER BY s.updated_at DESC, s.invoice_id DESC LIMIT @limit OFFSET @offset`,
      ).all(params) as SendingListRow[];
      const total = statement(`SELECT count(*) ${FROM} ${condition}`).pluck().get(params) as number;
      return { rows, total };
    },
    counts: (): SendingCounts => counts.get() as SendingCounts,
    portalReminders: (before: string, limit = 20): PortalReminderRow[] => reminders.all({ before, limit }),
  };
}

export type SendingListRepository = ReturnType<typeof createSendingListRepository>;
