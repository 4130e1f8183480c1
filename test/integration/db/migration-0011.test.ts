import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/db/migrate';
import { migration0011 } from '../../../main/db/migrations/0011-portal-pdf';
import { databaseAt } from '../../support/migration-harness';

const company = `INSERT INTO companies (legal_name, siret, address_line1, postcode, city, created_at, updated_at) VALUES ('Atelier', '73282932000074', '1 rue', '75001', 'Paris', 'now', 'now')`;
const issued = (n: number) =>
  `INSERT INTO invoices (company_id, type_code, status, issue_date, document, created_at, updated_at, series, period, number, sequence, document_hash, issued_at) VALUES (1, '380', 'issued', '2026-11-27', '{}', 'now', 'now', 'F', 2026, 'F-${n}', ${n}, 'h', 'now')`;
const file = (kind: string) => `INSERT INTO invoice_files (invoice_id, kind, mime_type, bytes, sha256, created_at) VALUES (1, '${kind}', 'application/pdf', x'25504446', 'h-${kind}', 'now')`;
const triggers = (db: ReturnType<typeof databaseAt>) =>
  db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE '%invoice_files%' ORDER BY name").all();

describe('migration 0011: the portal’s plain PDF', () => {
  it('keeps every stored file and every guard, and accepts the new kind', () => {
    // Rows written as the app wrote them before the record's triggers (0007), which refuse such shortcuts.
    const db = databaseAt(6);
    db.prepare(company).run();
    db.prepare(issued(1)).run();
    for (const kind of ['pdf', 'cii', 'ubl']) db.prepare(file(kind)).run();
    migrate(db, migration0011.version - 1);
    const before = db.prepare('SELECT * FROM invoice_files ORDER BY kind').all();
    const guards = triggers(db);
    expect(guards.length).toBeGreaterThanOrEqual(4);
    expect(() => db.prepare(file('portal_pdf')).run()).toThrow(/CHECK/);

    migrate(db, migration0011.version);
    expect(db.prepare('SELECT * FROM invoice_files ORDER BY kind').all()).toEqual(before);
    expect(triggers(db)).toEqual(guards);
    db.prepare(file('portal_pdf')).run();
    expect(() => db.prepare(file('other')).run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE invoice_files SET bytes = x'00' WHERE kind = 'pdf'").run()).toThrow(/ne peuvent pas être modifiés/);
    expect(() => db.prepare("DELETE FROM invoice_files WHERE kind = 'pdf'").run()).toThrow(/ne peuvent pas être supprimés/);
    db.prepare("INSERT INTO invoices (company_id, type_code, status, issue_date, document, created_at, updated_at) VALUES (1, '380', 'draft', '2026-11-27', '{}', 'now', 'now')").run();
    expect(() => db.prepare("INSERT INTO invoice_files (invoice_id, kind, mime_type, bytes, sha256, created_at) VALUES (2, 'pdf', 'application/pdf', x'00', 'h', 'now')").run()).toThrow(/Seule une facture émise/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
