import type { Database } from 'better-sqlite3';
import { isFinalInvoiceStatus } from '@shared/sending/chorus-statuses';
import { canMove, type SendingStage } from '@shared/sending/sending-stage';
import { createSendingRepository, type SendingListRow, type SendingPatch } from '../../db/repositories/sending-repository';
import { createSendingStatusRepository } from '../../db/repositories/sending-status-repository';
import type { Clock } from '../clock';
import { createJournal, type SealSource } from '../journal/journal';

export interface StatusFact {
  status: string;
  /** The date Chorus Pro gives ("YYYY-MM-DD HH:MM") or the day the user typed ("YYYY-MM-DD"). */
  at: string;
  comment: string;
  source: 'api' | 'manual';
}

/**
 * Every change of a sending entry goes through here: the move is checked against the state machine,
 * applied only if the entry is still where the caller read it, and chained into the journal in the same
 * IMMEDIATE transaction. Callers emit events after the commit.
 */
export function createSendingStore(db: Database, clock: Clock, seal: SealSource) {
  const sendings = createSendingRepository(db);
  const statuses = createSendingStatusRepository(db);
  const journal = createJournal(db, seal);
  const now = () => clock.now().toISOString();

  function journalize(invoiceId: number, kind: string, payload: Record<string, unknown>): void {
    journal.append({ at: now(), kind: `sending.${kind}`, entity: 'invoice', entityId: invoiceId, payload });
  }

  return {
    sendings,
    statuses,
    now,
    write<T>(fn: () => T): T {
      return db.transaction(fn).immediate();
    },
    /**
     * A write that does not wait for the disk (synchronous = NORMAL for this transaction only): safe only for
     * a state that a crash may undo without harm, because the state before it is enough to recover.
     */
    writeRelaxed<T>(fn: () => T): T {
      const previous = db.pragma('synchronous', { simple: true }) as number;
      db.pragma('synchronous = NORMAL');
      try {
        return db.transaction(fn).immediate();
      } finally {
        db.pragma(`synchronous = ${previous}`);
      }
    },
    /**
     * Moves `row` to `to` (or updates it in place when `to` is its stage), with `patch` and a journal
     * event. False when the entry moved meanwhile (another sender, a user click): nothing is written.
     * Must run inside `write`.
     */
    move(row: Pick<SendingListRow, 'invoice_id' | 'stage'>, to: SendingStage, patch: SendingPatch, event: { kind: string; payload?: Record<string, unknown> }, claimedBy?: string): boolean {
      if (to !== row.stage && !canMove(row.stage, to)) throw new Error(`sending: ${row.stage} -> ${to} is not a transition`);
      const isChanged = sendings.update(row.invoice_id, row.stage, { ...patch, stage: to, updated_at: now() }, claimedBy);
      if (isChanged) journalize(row.invoice_id, event.kind, { from: row.stage, to, ...(event.payload ?? {}) });
      return isChanged;
    },
    journalize,
    /**
     * Records a Chorus Pro status once (the API repeats its whole history at every poll); the entry's
     * current status follows the latest by date. Returns whether it was new. Must run inside `write`.
     */
    recordStatus(row: Pick<SendingListRow, 'invoice_id' | 'stage' | 'chorus_status_at'>, fact: StatusFact): boolean {
      const isNew = statuses.insert(row.invoice_id, fact, now());
      if (!isNew) return false;
      journalize(row.invoice_id, 'status', { status: fact.status, at: fact.at, comment: fact.comment, source: fact.source });
      if (row.chorus_status_at === null || fact.at >= row.chorus_status_at) {
        const patch: SendingPatch = { chorus_status: fact.status, chorus_status_at: fact.at, changed_at: now(), updated_at: now() };
        if (isFinalInvoiceStatus(fact.status)) patch.next_attempt_at = null;
        sendings.update(row.invoice_id, row.stage, patch);
      }
      return true;
    },
  };
}

export type SendingStore = ReturnType<typeof createSendingStore>;
