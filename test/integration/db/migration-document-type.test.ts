import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/db/migrate';
import { migration0012 } from '../../../main/db/migrations/0012-document-type-code';
import { databaseAt } from '../../support/migration-harness';

const company = `INSERT INTO companies (legal_name, siret, address_line1, postcode, city, created_at, updated_at) VALUES ('Atelier', '73282932000074', '1 rue', '75001', 'Paris', 'now', 'now')`;
const issued = (typeCode: '380' | '381', documentType: string, n: number, corrected: number | null = null) =>
  `INSERT INTO invoices (company_id, type_code, status, corrected_invoice_id, issue_date, document, created_at, updated_at, series, period, number, sequence, document_hash, issued_at)
   VALUES (1, '${typeCode}', 'issued', ${corrected ?? 'NULL'}, '2026-11-27', '{"invoice":{"typeCode":"${documentType}"}}', 'now', 'now', 'F', 2026, 'F-${n}', ${n}, 'h', 'now')`;
const draft = (isDownPayment: boolean) =>
  `INSERT INTO invoices (company_id, type_code, status, issue_date, document, created_at, updated_at) VALUES (1, '380', 'draft', '2026-11-27', '{"isDownPayment":${isDownPayment}}', 'now', 'now')`;

describe('migration 0012: the kind of piece read from the frozen document', () => {
  it('tells the factures d’acompte already issued apart without rewriting a row or a trigger', () => {
    // Rows written as the app wrote them before the record's triggers (0007), which refuse such shortcuts.
    const db = databaseAt(6);
    db.prepare(company).run();
    const downPayment = Number(db.prepare(issued('380', '386', 1)).run().lastInsertRowid);
    const invoice = Number(db.prepare(issued('380', '380', 2)).run().lastInsertRowid);
    const creditNote = Number(db.prepare(issued('381', '381', 3, invoice)).run().lastInsertRowid);
    const downPaymentDraft = Number(db.prepare(draft(true)).run().lastInsertRowid);
    const plainDraft = Number(db.prepare(draft(false)).run().lastInsertRowid);
    migrate(db, migration0012.version - 1);
    const before = db.prepare('SELECT id, type_code, document, status, number FROM invoices ORDER BY id').all();
    const triggers = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all();
    migrate(db, migration0012.version);

    const kinds = Object.fromEntries(db.prepare<[], { id: number; k: string }>('SELECT id, document_type_code AS k FROM invoices').all().map((r) => [r.id, r.k]));
    expect(kinds).toEqual({ [downPayment]: '386', [invoice]: '380', [creditNote]: '381', [downPaymentDraft]: '386', [plainDraft]: '380' });
    expect(db.prepare('SELECT id, type_code, document, status, number FROM invoices ORDER BY id').all()).toEqual(before);
    expect(db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all()).toEqual(triggers);
    // An issued piece stays frozen; a draft follows its choice as it is edited.
    expect(() => db.prepare("UPDATE invoices SET buyer_name = 'x' WHERE id = ?").run(downPayment)).toThrow(/ne peut plus être modifiée/);
    db.prepare(`UPDATE invoices SET document = '{"isDownPayment":false}' WHERE id = ?`).run(downPaymentDraft);
    expect(db.prepare('SELECT document_type_code FROM invoices WHERE id = ?').pluck().get(downPaymentDraft)).toBe('380');
    // A document made unreadable behind the app's back (CHECK bypassed) is still read: the verification names it.
    db.pragma('ignore_check_constraints = ON');
    db.prepare("UPDATE invoices SET document = '{pas du json' WHERE id = ?").run(plainDraft);
    expect(db.prepare('SELECT document_type_code FROM invoices WHERE id = ?').pluck().get(plainDraft)).toBe('380');
    // The list's type filter reads the index, not every document.
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM invoices i WHERE i.company_id = 1 AND i.document_type_code = '386' ORDER BY i.issue_date DESC, i.id DESC LIMIT 50").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('invoices_by_document_type');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
