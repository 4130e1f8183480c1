import type { Migration } from './migration';

/**
 * The files of each issued invoice (Factur-X PDF, CII, UBL, and the logo printed on it), stored once and
 * never changed: what the buyer received can always be produced again, and regenerating it from the
 * frozen document gives the same bytes (the journal holds their hashes).
 */
export const migration0005: Migration = {
  version: 5,
  name: 'invoice files',
  up(db) {
    db.exec(`
      CREATE TABLE invoice_files (
        invoice_id INTEGER NOT NULL REFERENCES invoices (id),
        kind TEXT NOT NULL CHECK (kind IN ('pdf', 'cii', 'ubl', 'logo')),
        mime_type TEXT NOT NULL,
        bytes BLOB NOT NULL,
        sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (invoice_id, kind)
      ) STRICT;
      CREATE TRIGGER invoice_files_no_update BEFORE UPDATE ON invoice_files
        BEGIN SELECT RAISE(ABORT, 'Les fichiers d’une facture émise ne peuvent pas être modifiés.'); END;
      CREATE TRIGGER invoice_files_no_delete BEFORE DELETE ON invoice_files
        BEGIN SELECT RAISE(ABORT, 'Les fichiers d’une facture émise ne peuvent pas être supprimés.'); END;
      CREATE TRIGGER invoice_files_only_issued BEFORE INSERT ON invoice_files
        WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) IS NOT 'issued'
        BEGIN SELECT RAISE(ABORT, 'Seule une facture émise a des fichiers.'); END;
    `);
  },
};
