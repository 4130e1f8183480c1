import type { Database } from 'better-sqlite3';
import type { InvoiceTypeCode } from '@shared/invoicing/invoice-document';
import type { SendingChannel, SendingStage } from '@shared/sending/sending-stage';
import { createStatementCache } from '../dynamic-query';

export interface SendingRow {
  invoice_id: number;
  channel: SendingChannel;
  stage: SendingStage;
  check_remote: 0 | 1;
  claimed_by: string | null;
  claimed_at: string | null;
  flux_number: string | null;
  flux_date: string | null;
  flux_state: string | null;
  flux_errors: string;
  chorus_invoice_id: number | null;
  chorus_status: string | null;
  chorus_status_at: string | null;
  portal_deposit_date: string | null;
  portal_number: string | null;
  attempts: number;
  next_attempt_at: string | null;
  last_error_code: string | null;
  last_error_message: string | null;
  changed_at: string;
  created_at: string;
  updated_at: string;
}

/** A sending row with what lists and the sender need of its invoice (never the document). */
export interface SendingListRow extends SendingRow {
  number: string;
  /** The record's class ('381' a credit note); `document_type_code` the kind shown (380, 381, 386). */
  type_code: '380' | '381';
  document_type_code: InvoiceTypeCode;
  buyer_name: string;
  issue_date: string;
  total_cents: number;
  customer_id: number | null;
}

/** The columns a transition may set (everything but the key and the creation time). */
export type SendingPatch = Partial<Omit<SendingRow, 'invoice_id' | 'created_at'>>;

const JOINED = `SELECT s.*, i.number, i.type_code, i.document_type_code, i.buyer_name, i.issue_date, i.total_cents, i.customer_id
  FROM sendings s JOIN invoices i ON i.id = s.invoice_id`;

/** SQL conditions of the « Envois » filters (s = sendings). */
export const FILTER_CONDITIONS = {
  all: null,
  'to-send': "s.stage IN ('queued', 'depositing', 'to_deposit')",
  waiting:
    "s.stage IN ('deposited', 'integrated', 'deposited_portal') AND s.chorus_status IS NOT 'MISE_EN_PAIEMENT' AND s.chorus_status IS NOT 'REJETEE' AND s.chorus_status IS NOT 'SUSPENDUE' AND s.chorus_status IS NOT 'A_RECYCLER'",
  action: "(s.stage IN ('flux_rejected', 'to_deposit') OR s.chorus_status IN ('SUSPENDUE', 'A_RECYCLER', 'REJETEE'))",
  errors: 's.last_error_code IS NOT NULL',
  done: "s.chorus_status IN ('MISE_EN_PAIEMENT', 'REJETEE') OR s.stage = 'flux_rejected'",
  cancelled: "s.stage = 'cancelled'",
} as const;

export function createSendingRepository(db: Database) {
  const statement = createStatementCache(db);
  const byId = db.prepare<[number], SendingListRow>(`${JOINED} WHERE s.invoice_id = ?`);
  const insert = db.prepare(
    `INSERT INTO sendings (invoice_id, channel, stage, check_remote, next_attempt_at, portal_deposit_date, portal_number, changed_at, created_at, updated_at)
     VALUES (@invoiceId, @channel, @stage, @checkRemote, @nextAttemptAt, @portalDepositDate, @portalNumber, @now, @now, @now)`,
  );
  const dueRows = db.prepare<{ now: string; limit: number; withPortal: 0 | 1 }, SendingListRow>(
    `${JOINED} WHERE s.next_attempt_at IS NOT NULL AND s.next_attempt_at <= @now AND (s.channel = 'api' OR @withPortal = 1)
     ORDER BY s.next_attempt_at, s.invoice_id LIMIT @limit`,
  );
  const nextDue = db.prepare<{ withPortal: 0 | 1 }, { at: string | null }>(
    `SELECT min(next_attempt_at) AS at FROM sendings WHERE next_attempt_at IS NOT NULL AND (channel = 'api' OR @withPortal = 1)`,
  );
  const markWaiting = db.prepare(
    `UPDATE sendings SET last_error_code = @code, last_error_message = @message
     WHERE next_attempt_at IS NOT NULL AND channel = 'api' AND (last_error_code IS NOT @code OR last_error_message IS NOT @message)`,
  );
  const oldestUnmatched = db.prepare<[], { d: string | null }>(
    "SELECT min(portal_deposit_date) AS d FROM sendings WHERE stage = 'deposited_portal' AND chorus_invoice_id IS NULL AND next_attempt_at IS NOT NULL",
  );
  const pendingCount = db.prepare<{ withPortal: 0 | 1 }, { n: number }>(
    `SELECT count(*) AS n FROM sendings WHERE next_attempt_at IS NOT NULL AND (channel = 'api' OR @withPortal = 1)`,
  );

  return {
    get: (invoiceId: number): SendingListRow | null => byId.get(invoiceId) ?? null,
    insert(values: {
      invoiceId: number;
      channel: SendingChannel;
      stage: SendingStage;
      checkRemote?: boolean;
      nextAttemptAt: string | null;
      portalDepositDate?: string | null;
      portalNumber?: string | null;
      now: string;
    }): void {
      insert.run({
        ...values,
        checkRemote: values.checkRemote ? 1 : 0,
        portalDepositDate: values.portalDepositDate ?? null,
        portalNumber: values.portalNumber ?? null,
      });
    },
    /**
     * Sets `patch` on the entry if it is still in `expected` stage (and, for a claimed one, still held by
     * `claimedBy`): a transition computed from a stale read changes nothing and returns false.
     */
    update(invoiceId: number, expected: SendingStage, patch: SendingPatch, claimedBy?: string): boolean {
      const columns = Object.keys(patch).sort();
      if (columns.length === 0) return true;
      const sets = columns.map((c) => `${c} = @${c}`).join(', ');
      const claim = claimedBy === undefined ? '' : ' AND claimed_by = @expectedClaim';
      const sql = `UPDATE sendings SET ${sets} WHERE invoice_id = @invoiceId AND stage = @expectedStage${claim}`;
      const params: Record<string, unknown> = { ...patch, invoiceId, expectedStage: expected };
      if (claimedBy !== undefined) params.expectedClaim = claimedBy;
      return statement(sql).run(params).changes === 1;
    },
    due: (now: string, limit: number, withPortal: boolean): SendingListRow[] => dueRows.all({ now, limit, withPortal: withPortal ? 1 : 0 }),
    nextDueAt: (withPortal: boolean): string | null => nextDue.get({ withPortal: withPortal ? 1 : 0 })?.at ?? null,
    pendingCount: (withPortal: boolean): number => pendingCount.get({ withPortal: withPortal ? 1 : 0 })?.n ?? 0,
    /** Every API entry waiting for the sender says why it waits (credentials missing, refused). */
    markWaiting: (code: string, message: string): number => markWaiting.run({ code, message }).changes,
    oldestUnmatchedPortalDeposit: (): string | null => oldestUnmatched.get()?.d ?? null,
    inStage: (stage: SendingStage): SendingListRow[] => statement(`${JOINED} WHERE s.stage = ? ORDER BY s.invoice_id`).all(stage) as SendingListRow[],
  };
}

export type SendingRepository = ReturnType<typeof createSendingRepository>;
