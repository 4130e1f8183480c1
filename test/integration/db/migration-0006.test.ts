import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/db/migrate';
import { databaseAt } from '../../support/migration-harness';

const company = `INSERT INTO companies (legal_name, siret, address_line1, postcode, city, created_at, updated_at) VALUES ('Atelier', '73282932000074', '1 rue', '75001', 'Paris', 'now', 'now')`;
const issued = `INSERT INTO invoices (company_id, type_code, status, customer_id, issue_date, due_date, document, created_at, updated_at, series, period, number, sequence, document_hash, issued_at)
  VALUES (1, '380', 'issued', NULL, ?, ?, '{}', 'now', 'now', 'F', 2026, ?, ?, 'h', 'now')`;

describe('migration 6: open balance sums', () => {
  it('copies each existing balance’s invoice facts, and fills new balances by itself', () => {
    const db = databaseAt(5);
    db.prepare(company).run();
    const first = Number(db.prepare(issued).run('2026-11-20', '2026-12-20', 'F-1', 1).lastInsertRowid);
    db.prepare('INSERT INTO invoice_balances (invoice_id, remaining_cents) VALUES (?, 1000)').run(first);
    migrate(db, 6);
    const facts = db.prepare('SELECT company_id, issue_date, due_date, remaining_cents FROM invoice_balances WHERE invoice_id = ?');
    expect(facts.get(first)).toEqual({ company_id: 1, issue_date: '2026-11-20', due_date: '2026-12-20', remaining_cents: 1000 });

    const second = Number(db.prepare(issued).run('2026-11-27', '2026-12-27', 'F-2', 2).lastInsertRowid);
    db.prepare('INSERT INTO invoice_balances (invoice_id, remaining_cents) VALUES (?, 2500)').run(second);
    expect(facts.get(second)).toEqual({ company_id: 1, issue_date: '2026-11-27', due_date: '2026-12-27', remaining_cents: 2500 });

    // The sum of open balances is answered from the partial covering index, without the invoices.
    const sql = "SELECT sum(remaining_cents) FROM invoice_balances WHERE company_id = 1 AND remaining_cents > 0 AND issue_date >= '2026-11-21'";
    expect(db.prepare(sql).pluck().get()).toBe(2500);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((row) => row.detail).join(' ');
    expect(plan).toContain('COVERING INDEX invoice_balances_open_sums');
  });
});
