import type { Database } from 'better-sqlite3';
import { createJournalRepository, type JournalRow } from '../../db/repositories/journal-repository';
import { canonicalJson } from './canonical-json';
import { eventHash, GENESIS_HASH, type JournalEvent } from './journal-hash';
import { headMac, type JournalSeal } from './journal-seal';

export { GENESIS_HASH, sha256, eventHash, type JournalEvent } from './journal-hash';

export interface JournalEntry extends JournalEvent {
  seq: number;
  hash: string;
}

/** Gives the seal of the journal, anchoring it first if needed; throws a French AppError if it cannot. */
export type SealSource = () => JournalSeal;

const toEntry = (row: JournalRow): JournalEntry => ({
  seq: row.seq,
  at: row.at,
  kind: row.kind,
  entity: row.entity,
  entityId: row.entity_id,
  payload: JSON.parse(row.payload) as Record<string, unknown>,
  hash: row.hash,
});

/**
 * The append-only, anchored audit journal of one database. `append` writes one entry at the end, keyed
 * by the seal, and moves the keyed head to it. It must run inside the caller's write transaction (begun
 * IMMEDIATE), so two writers never chain onto the same previous entry; the database refuses any other
 * position (trigger journal_append_at_head).
 */
export function createJournal(db: Database, seal: SealSource) {
  const journal = createJournalRepository(db);
  function appendWith(event: JournalEvent, key: JournalSeal): string {
    if (!db.inTransaction) throw new Error('journal.append outside a transaction');
    const last = journal.last();
    const seq = (last?.seq ?? 0) + 1;
    const previousHash = last?.hash ?? GENESIS_HASH;
    const hash = eventHash(previousHash, event, key);
    journal.insert({ seq, at: event.at, kind: event.kind, entity: event.entity, entity_id: event.entityId, payload: canonicalJson(event.payload), previous_hash: previousHash, hash });
    journal.writeHead({ seq, hash, keyId: key.keyId, mac: headMac(key, seq, hash) });
    return hash;
  }
  return {
    append: (event: JournalEvent): string => appendWith(event, seal()),
    /** For the anchor entry itself, written under the key it introduces. */
    appendWith,
    forEntity(entity: string, entityId: number): JournalEntry[] {
      return journal.forEntity(entity, entityId).map(toEntry);
    },
  };
}
