import type { Database } from 'better-sqlite3';

/**
 * One step of the schema. Versions are consecutive from 1; a shipped migration is never edited, a change
 * is a new migration. `up` runs inside the runner's transaction.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
