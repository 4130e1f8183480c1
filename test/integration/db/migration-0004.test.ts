import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/db/migrate';
import { databaseAt, isStrict, tableNames } from '../../support/migration-harness';

const company = `INSERT INTO companies (legal_name, siret, address_line1, postcode, city, created_at, updated_at) VALUES ('Atelier', '73282932000074', '1 rue', '75001', 'Paris', 'now', 'now')`;

describe('migration 4: invoicing', () => {
  it('adds the invoicing tables to a database at version 3, keeping its company', () => {
    const db = databaseAt(3);
    db.prepare(company).run();
    migrate(db, 4);
    for (const table of ['customers', 'catalogue_items', 'invoices', 'number_sequences', 'payments', 'invoice_balances', 'journal']) {
      expect(tableNames(db)).toContain(table);
      expect(isStrict(db, table), table).toBe(true);
    }
    expect(db.prepare('SELECT legal_name FROM companies').pluck().get()).toBe('Atelier');
  });

  it('lets a draft change but not an issued invoice, and forbids an issued invoice without number', () => {
    const db = databaseAt(4);
    db.prepare(company).run();
    const insert = db.prepare(`INSERT INTO invoices (company_id, type_code, status, issue_date, document, created_at, updated_at, number, sequence, document_hash, issued_at)
      VALUES (1, '380', ?, '2026-11-27', '{}', 'now', 'now', ?, ?, ?, ?)`);
    expect(() => insert.run('issued', null, null, null, null)).toThrow(/CHECK/);
    const draft = Number(insert.run('draft', null, null, null, null).lastInsertRowid);
    db.prepare("UPDATE invoices SET buyer_name = 'x' WHERE id = ?").run(draft);
    db.prepare("UPDATE invoices SET status = 'issued', number = 'F-1', sequence = 1, document_hash = 'h', issued_at = 'now' WHERE id = ?").run(draft);
    expect(() => db.prepare("UPDATE invoices SET buyer_name = 'y' WHERE id = ?").run(draft)).toThrow(/ne peut plus être modifiée/);
    expect(() => db.prepare("INSERT INTO invoices (company_id, type_code, status, issue_date, document, created_at, updated_at) VALUES (1, '381', 'draft', '2026-11-27', '{}', 'now', 'now')").run()).toThrow(/CHECK/);
  });
});
