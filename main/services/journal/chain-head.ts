import type { Database } from 'better-sqlite3';
import type { ChainHead } from '@shared/record/record-verification';
import { createJournalRepository } from '../../db/repositories/journal-repository';
import { GENESIS_HASH } from './journal-hash';

/**
 * The head of the journal's chain: the sequence and hash of its last entry and the id of the key that
 * seals it. Backups and exports write it down (with their date) so that a later copy of the record can be
 * shown to still contain that entry unchanged: cutting the journal back behind a written-down head, or
 * rewriting anything before it, cannot go unnoticed (see `holdsHead`). Reads only; cheap.
 */
export function chainHead(db: Database): ChainHead {
  const journal = createJournalRepository(db);
  const head = journal.head();
  if (head) return { seq: head.seq, hash: head.hash, keyId: head.key_id };
  const last = journal.last();
  return last ? { seq: last.seq, hash: last.hash, keyId: null } : { seq: 0, hash: GENESIS_HASH, keyId: null };
}

/**
 * Whether this database still holds the entry a head written down earlier names, with the same hash
 * (a restored backup, an export compared with today's record). A full check of the chain up to it is
 * the verification's job.
 */
export function holdsHead(db: Database, head: ChainHead): boolean {
  if (head.seq === 0) return head.hash === GENESIS_HASH;
  return createJournalRepository(db).hashAt(head.seq) === head.hash;
}
