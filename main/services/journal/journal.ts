import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface JournalEvent {
  at: string;
  kind: string;
  entity: string;
  entityId: number | null;
  payload: Record<string, unknown>;
}

interface JournalRow {
  seq: number;
  at: string;
  kind: string;
  entity: string;
  entity_id: number | null;
  payload: string;
  previous_hash: string;
  hash: string;
}

/** Hex SHA-256 of a text (UTF-8) or of bytes: the one hash of the journal, documents and files. */
export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function eventHash(previousHash: string, event: JournalEvent): string {
  return sha256(previousHash + canonicalJson(event));
}

export interface JournalEntry extends JournalEvent {
  seq: number;
  hash: string;
}

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
 * The append-only audit journal. `append` must run inside the caller's write transaction (begun with
 * IMMEDIATE), so two writers never chain onto the same previous hash.
 */
export function createJournal(db: Database) {
  const last = db.prepare<[], { hash: string }>('SELECT hash FROM journal ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(
    'INSERT INTO journal (at, kind, entity, entity_id, payload, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const forEntity = db.prepare<[string, number], JournalRow>('SELECT * FROM journal WHERE entity = ? AND entity_id = ? ORDER BY seq');
  const all = db.prepare<[], JournalRow>('SELECT * FROM journal ORDER BY seq');

  return {
    append(event: JournalEvent): string {
      if (!db.inTransaction) throw new Error('journal.append outside a transaction');
      const previousHash = last.get()?.hash ?? GENESIS_HASH;
      const hash = eventHash(previousHash, event);
      insert.run(event.at, event.kind, event.entity, event.entityId, canonicalJson(event.payload), previousHash, hash);
      return hash;
    },
    forEntity(entity: string, entityId: number): JournalEntry[] {
      return forEntity.all(entity, entityId).map(toEntry);
    },
    /** Every entry with its stored links, oldest first, for verification. */
    *rows(): Generator<JournalRow & { event: JournalEvent }> {
      for (const row of all.iterate()) {
        const entry = toEntry(row);
        yield { ...row, event: { at: entry.at, kind: entry.kind, entity: entry.entity, entityId: entry.entityId, payload: entry.payload } };
      }
    },
  };
}

export type Journal = ReturnType<typeof createJournal>;
