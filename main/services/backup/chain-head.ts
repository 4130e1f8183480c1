import type { Database } from 'better-sqlite3';
import { chainHead } from '../journal/chain-head';

/**
 * The journal's chain head as backups and exports record it: the hash of the journal's last entry as the
 * anchored chain names it (main/services/journal/chain-head.ts), the genesis hash for an empty journal.
 */
export function backupChainHead(db: Database): string {
  return chainHead(db).hash;
}
