import type { Database } from 'better-sqlite3';

/**
 * What backups read of a database file besides the journal check: the last link of the journal, the
 * marker that says "this is a Facturier database", and the metadata a backup copy carries in a table of
 * its own (`facturier_backup`, never present in the live database).
 */
export const BACKUP_INFO_TABLE = 'facturier_backup';

export function lastJournalHash(db: Database): string | null {
  if (!hasTable(db, 'journal')) return null;
  const row = db.prepare<[], { hash: string }>('SELECT hash FROM journal ORDER BY seq DESC LIMIT 1').get();
  return row?.hash ?? null;
}

export function hasTable(db: Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** `PRAGMA integrity_check`: 'ok', or SQLite's first complaints joined (it stops after 10). */
export function integrityCheck(db: Database): string {
  const rows = db.pragma('integrity_check(10)') as Array<{ integrity_check: string }>;
  return rows.map((row) => row.integrity_check).join(' ; ');
}

export function countIssuedInvoices(db: Database): number {
  if (!hasTable(db, 'invoices')) return 0;
  return db.prepare("SELECT count(*) FROM invoices WHERE status = 'issued'").pluck().get() as number;
}

export function readBackupInfo(db: Database): Record<string, string> {
  if (!hasTable(db, BACKUP_INFO_TABLE)) return {};
  const rows = db.prepare<[], { key: string; value: string }>(`SELECT key, value FROM ${BACKUP_INFO_TABLE}`).all();
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

export function writeBackupInfo(db: Database, entries: Record<string, string>): void {
  db.exec(`CREATE TABLE IF NOT EXISTS ${BACKUP_INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`);
  const upsert = db.prepare(`INSERT INTO ${BACKUP_INFO_TABLE} (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
  db.transaction(() => {
    for (const [key, value] of Object.entries(entries)) upsert.run(key, value);
  })();
}

export function dropBackupInfo(db: Database): void {
  db.exec(`DROP TABLE IF EXISTS ${BACKUP_INFO_TABLE}`);
}
