import type { Database } from 'better-sqlite3';
import { lastJournalHash } from '../../db/repositories/backup-queries';
import { GENESIS_HASH } from '../journal/journal';

/**
 * The journal's chain head as backups and exports record it: today the hash of the last journal entry
 * (the genesis hash for an empty journal). The `record` branch adds an HMAC-anchored chain with its own
 * `chainHead` in main/services/journal/; at merge this one function is pointed at it, and every backup,
 * restore check and archive manifest follows.
 */
export function backupChainHead(db: Database): string {
  return lastJournalHash(db) ?? GENESIS_HASH;
}
