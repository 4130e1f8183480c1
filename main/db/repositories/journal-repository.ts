import type { Database } from 'better-sqlite3';

/** A journal row as stored: the payload is the canonical JSON text the hash was computed over. */
export interface JournalRow {
  seq: number;
  at: string;
  kind: string;
  entity: string;
  entity_id: number | null;
  payload: string;
  previous_hash: string;
  hash: string;
}

/** The keyed copy of the journal's last link (migration 0008). */
export interface JournalHeadRow {
  seq: number;
  hash: string;
  key_id: string;
  mac: string;
}

/** The journal's SQL: appends at its end, its keyed head, and reads for the pages and the verification. */
export function createJournalRepository(db: Database) {
  const last = db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1');
  const insert = db.prepare(
    'INSERT INTO journal (seq, at, kind, entity, entity_id, payload, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const forEntity = db.prepare<[string, number], JournalRow>('SELECT * FROM journal WHERE entity = ? AND entity_id = ? ORDER BY seq');
  const all = db.prepare<[], JournalRow>('SELECT * FROM journal ORDER BY seq');
  const latestAnchor = db.prepare<[], { seq: number; payload: string }>(
    "SELECT seq, payload FROM journal WHERE entity = 'journal' AND kind = 'journal.anchored' ORDER BY seq DESC LIMIT 1",
  );
  const hashAt = db.prepare<[number], { hash: string }>('SELECT hash FROM journal WHERE seq = ?');
  const readHead = db.prepare<[], JournalHeadRow>('SELECT seq, hash, key_id, mac FROM journal_head WHERE id = 1');
  const headRows = db.prepare<[], number>('SELECT count(*) FROM journal_head').pluck();
  const writeHead = db.prepare(
    `INSERT INTO journal_head (id, seq, hash, key_id, mac) VALUES (1, @seq, @hash, @keyId, @mac)
     ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, key_id = excluded.key_id, mac = excluded.mac`,
  );

  return {
    last: (): { seq: number; hash: string } | null => last.get() ?? null,
    insert(row: JournalRow): void {
      insert.run(row.seq, row.at, row.kind, row.entity, row.entity_id, row.payload, row.previous_hash, row.hash);
    },
    hashAt: (seq: number): string | null => hashAt.get(seq)?.hash ?? null,
    head: (): JournalHeadRow | null => readHead.get() ?? null,
    /** 1 once anchored; more only if rows were added behind the app's back. */
    headRows: (): number => headRows.get() ?? 0,
    writeHead(head: { seq: number; hash: string; keyId: string; mac: string }): void {
      writeHead.run(head);
    },
    latestAnchor: (): { seq: number; payload: string } | null => latestAnchor.get() ?? null,
    forEntity: (entity: string, entityId: number): JournalRow[] => forEntity.all(entity, entityId),
    /** Every row, oldest first, one at a time (a journal of a million entries is never held in memory). */
    iterate: (): IterableIterator<JournalRow> => all.iterate(),
  };
}

export type JournalRepository = ReturnType<typeof createJournalRepository>;
