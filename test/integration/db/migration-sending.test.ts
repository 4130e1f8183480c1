import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/db/migrate';
import { migration0009 } from '../../../main/db/migrations/0009-sending';
import { databaseAt } from '../../support/migration-harness';

const company = `INSERT INTO companies (legal_name, siret, address_line1, postcode, city, created_at, updated_at) VALUES ('Atelier', '73282932000074', '1 rue', '75001', 'Paris', 'now', 'now')`;
const invoice = (status: 'draft' | 'issued', n: number) =>
  status === 'issued'
    ? `INSERT INTO invoices (company_id, type_code, status, issue_date, document, created_at, updated_at, series, period, number, sequence, document_hash, issued_at) VALUES (1, '380', 'issued', '2026-11-27', '{}', 'now', 'now', 'F', 2026, 'F-${n}', ${n}, 'h', 'now')`
    : `INSERT INTO invoices (company_id, type_code, status, issue_date, document, created_at, updated_at) VALUES (1, '380', 'draft', '2026-11-27', '{}', 'now', 'now')`;

describe('migration 0009: sending', () => {
  it('adds the outbox beside existing invoices, for issued pieces only, one entry each', () => {
    // Rows written as the app wrote them before the record's triggers (0007), which refuse such shortcuts.
    const db = databaseAt(6);
    db.prepare(company).run();
    const issued = Number(db.prepare(invoice('issued', 1)).run().lastInsertRowid);
    const draft = Number(db.prepare(invoice('draft', 0)).run().lastInsertRowid);
    migrate(db, migration0009.version);
    const insert = db.prepare("INSERT INTO sendings (invoice_id, channel, stage, next_attempt_at, changed_at, created_at, updated_at) VALUES (?, 'api', 'queued', 'now', 'now', 'now', 'now')");
    insert.run(issued);
    expect(() => insert.run(issued)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run(draft)).toThrow(/Seule une pièce émise/);
    expect(() => db.prepare("UPDATE sendings SET stage = 'depositing' WHERE invoice_id = ?").run(issued)).toThrow(/CHECK/);
    db.prepare("INSERT INTO sending_statuses (invoice_id, status, status_at, source, recorded_at) VALUES (?, 'DEPOSEE', '2026-11-27', 'api', 'now')").run(issued);
    expect(() => db.prepare("UPDATE sending_statuses SET comment = 'x'").run()).toThrow(/ne se modifie pas/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('migration 0010: customer structures', () => {
  it('keeps what Chorus Pro said of a customer, one row per customer', async () => {
    const { migration0010 } = await import('../../../main/db/migrations/0010-customer-structures');
    const db = databaseAt(migration0010.version - 1);
    db.prepare(company).run();
    db.prepare("INSERT INTO customers (company_id, kind, name, siret, data, created_at, updated_at) VALUES (1, 'public', 'Mairie', '21490021900012', '{}', 'now', 'now')").run();
    migrate(db, migration0010.version);
    const insert = db.prepare("INSERT INTO customer_structures (customer_id, id_structure_cpp, siret, name, payment_not_reported, details, fetched_at) VALUES (1, 25, '21490021900012', 'Mairie', 0, '{}', 'now')");
    insert.run();
    expect(() => insert.run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO customer_structures (customer_id, id_structure_cpp, siret, name, payment_not_reported, details, fetched_at) VALUES (2, 1, 'x', 'y', 0, '{}', 'now')").run()).toThrow(/FOREIGN KEY/);
  });
});
