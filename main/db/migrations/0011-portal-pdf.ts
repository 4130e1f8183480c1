import type { Migration } from './migration';

/**
 * Issued pieces get one more file, made at issue with the others: the plain PDF for a unit deposit on the
 * Chorus Pro portal (`portal_pdf`, a PDF/A-2b with nothing attached; issue 11). SQLite cannot change a
 * CHECK, so `invoice_files` is rebuilt with the wider list of kinds, every row copied as it is. The
 * triggers that guard the files (or name the table) are dropped with it and created again from their own
 * stored text, unchanged. Pieces issued before this version keep the files they have: a file is made at
 * issue or not at all (the guide then says the plain PDF does not exist for them).
 */
export const migration0011: Migration = {
  version: 11,
  name: 'portal pdf',
  up(db) {
    const triggers = db
      .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%invoice_files%' ORDER BY name")
      .all();
    for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
    db.exec(`
      CREATE TABLE invoice_files_0011 (
        invoice_id INTEGER NOT NULL REFERENCES invoices (id),
        kind TEXT NOT NULL CHECK (kind IN ('pdf', 'cii', 'ubl', 'logo', 'portal_pdf')),
        mime_type TEXT NOT NULL,
        bytes BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (invoice_id, kind)
      ) STRICT;
      INSERT INTO invoice_files_0011 (invoice_id, kind, mime_type, bytes, sha256, created_at)
        SELECT invoice_id, kind, mime_type, bytes, sha256, created_at FROM invoice_files;
      DROP TABLE invoice_files;
      ALTER TABLE invoice_files_0011 RENAME TO invoice_files;
    `);
    for (const trigger of triggers) db.exec(trigger.sql);
  },
};
