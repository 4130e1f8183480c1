import type { Database } from 'better-sqlite3';
import type { InvoiceTypeCode } from '@shared/invoicing/invoice-document';
import type { InvoiceListQuery } from '@shared/invoicing/invoice-views';
import { sumRemainingCents } from './invoice-sums';
import { applyConditions, createStatementCache } from '../dynamic-query';

export interface InvoiceRow {
  id: number;
  company_id: number;
  /** The record's class: '380' an invoice (owed, paid; a facture d'acompte too), '381' a credit note. */
  type_code: '380' | '381';
  /** The kind the document says (380, 381, 386), generated from it (migration 0013): what lists show and filter. */
  document_type_code: InvoiceTypeCode;
  status: 'draft' | 'issued';
  customer_id: number | null;
  corrected_invoice_id: number | null;
  series: string | null;
  number: string | null;
  issue_date: string;
  due_date: string | null;
  buyer_name: string;
  net_cents: number;
  total_cents: number;
  due_cents: number;
  document: string;
  document_hash: string | null;
  issued_at: string | null;
  paid_cents: number | null;
  credited_cents: number | null;
  remaining_cents: number | null;
}

export interface DraftColumns {
  customerId: number | null;
  issueDate: string;
  dueDate: string | null;
  buyerName: string;
  netCents: number;
  totalCents: number;
  dueCents: number;
  document: string;
}

export interface IssueColumns extends DraftColumns {
  series: string;
  period: number;
  sequence: number;
  number: string;
  documentHash: string;
}

const BALANCE = 'LEFT JOIN invoice_balances b ON b.invoice_id = i.id';
const SELECT = `SELECT i.*, b.paid_cents, b.credited_cents, b.remaining_cents FROM invoices i ${BALANCE}`;
/** What a list row needs: never the document, which is the heavy part of a row. */
const SUMMARY_COLUMNS = `i.id, i.type_code, i.document_type_code, i.status, i.customer_id, i.number, i.issue_date, i.due_date, i.buyer_name,
  i.total_cents, i.due_cents, b.paid_cents, b.credited_cents, b.remaining_cents`;
/** Beyond this many matches a filtered list says "plus de 200" (four pages): counting further costs more than it tells. */
export const COUNT_CAP = 200;

export type SummaryRow = Pick<
  InvoiceRow,
  'id' | 'type_code' | 'document_type_code' | 'status' | 'customer_id' | 'number' | 'issue_date' | 'due_date' | 'buyer_name' | 'total_cents' | 'due_cents' | 'paid_cents' | 'credited_cents' | 'remaining_cents'
>;

/** "F-2026-0005" is also indexed as "F20260005", so a number typed whole or in part is one cheap prefix. */
const NUMBER_LIKE = /^[\p{L}\p{N}]+([-_/+][\p{L}\p{N}]*)+$/u;
export const compactNumber = (number: string) => number.replace(/[-_/+]/g, '');

/** FTS5 query of what the user typed: every word must match, as a prefix, quotes neutralised. */
export function ftsQuery(text: string): string | null {
  const words = text
    .split(/[\s"'()*:^]+/)
    .map((word) => (NUMBER_LIKE.test(word) ? compactNumber(word) : word.replace(/[-_/+]/g, ' ').trim()))
    .flatMap((word) => word.split(' '))
    .filter((word) => word.length > 0);
  return words.length === 0 ? null : words.map((w) => `"${w}"*`).join(' ');
}

export interface InvoiceListPage {
  rows: SummaryRow[];
  total: number;
  isTotalCapped: boolean;
  sumRemainingCents: number;
}

export function createInvoiceRepository(db: Database) {
  const statement = createStatementCache(db);
  const cappedCount = (sql: string, params: Record<string, unknown>) => {
    const n = statement(`SELECT count(*) FROM (${sql} LIMIT ${COUNT_CAP + 1})`).pluck().get(params) as number;
    return { total: Math.min(n, COUNT_CAP), isTotalCapped: n > COUNT_CAP };
  };
  const byId = db.prepare<[number, number], InvoiceRow>(`${SELECT} WHERE i.id = ? AND i.company_id = ?`);
  const insertDraft = db.prepare(
    `INSERT INTO invoices (company_id, type_code, status, customer_id, corrected_invoice_id, issue_date, due_date, buyer_name,
       net_cents, total_cents, due_cents, document, created_at, updated_at)
     VALUES (@companyId, @typeCode, 'draft', @customerId, @correctedInvoiceId, @issueDate, @dueDate, @buyerName,
       @netCents, @totalCents, @dueCents, @document, @now, @now)`,
  );
  const updateDraft = db.prepare(
    `UPDATE invoices SET customer_id = @customerId, issue_date = @issueDate, due_date = @dueDate, buyer_name = @buyerName,
       net_cents = @netCents, total_cents = @totalCents, due_cents = @dueCents, document = @document, updated_at = @now
     WHERE id = @id AND company_id = @companyId AND status = 'draft'`,
  );
  const markIssued = db.prepare(
    `UPDATE invoices SET status = 'issued', customer_id = @customerId, issue_date = @issueDate, due_date = @dueDate,
       buyer_name = @buyerName, net_cents = @netCents, total_cents = @totalCents, due_cents = @dueCents, document = @document,
       series = @series, period = @period, sequence = @sequence, number = @number, document_hash = @documentHash,
       issued_at = @now, updated_at = @now
     WHERE id = @id AND company_id = @companyId AND status = 'draft'`,
  );
  const deleteDraft = db.prepare("DELETE FROM invoices WHERE id = ? AND company_id = ? AND status = 'draft'");
  const creditNotesOf = db.prepare<[number], InvoiceRow>(`${SELECT} WHERE i.corrected_invoice_id = ? ORDER BY i.id`);
  const latestIssueDate = db.prepare<[number, string], { d: string | null }>(
    "SELECT max(issue_date) AS d FROM invoices WHERE company_id = ? AND series = ? AND status = 'issued'",
  );
  const openBalance = db.prepare('INSERT INTO invoice_balances (invoice_id, remaining_cents) VALUES (?, ?)');
  const addToBalance = db.prepare(
    `UPDATE invoice_balances SET paid_cents = paid_cents + @paid, credited_cents = credited_cents + @credited,
       remaining_cents = remaining_cents - @paid - @credited WHERE invoice_id = @id`,
  );
  const issuedNumbers = db.prepare<[number], { number: string; series: string }>(
    "SELECT number, series FROM invoices WHERE company_id = ? AND status = 'issued' AND number IS NOT NULL AND series IS NOT NULL",
  );
  const unindex = db.prepare('DELETE FROM invoice_search WHERE rowid = ?');
  const index = db.prepare('INSERT INTO invoice_search (rowid, number, buyer, body) VALUES (?, ?, ?, ?)');

  return {
    get: (companyId: number, id: number): InvoiceRow | null => byId.get(id, companyId) ?? null,
    insertDraft(companyId: number, typeCode: '380' | '381', correctedInvoiceId: number | null, columns: DraftColumns, now: string): number {
      return Number(insertDraft.run({ companyId, typeCode, correctedInvoiceId, now, ...columns }).lastInsertRowid);
    },
    updateDraft: (companyId: number, id: number, columns: DraftColumns, now: string): boolean =>
      updateDraft.run({ companyId, id, now, ...columns }).changes === 1,
    markIssued: (companyId: number, id: number, columns: IssueColumns, now: string): boolean =>
      markIssued.run({ companyId, id, now, ...columns }).changes === 1,
    deleteDraft: (companyId: number, id: number): boolean => deleteDraft.run(id, companyId).changes === 1,
    creditNotesOf: (invoiceId: number): InvoiceRow[] => creditNotesOf.all(invoiceId),
    /** Every number issued, with the pattern it was issued under, one at a time. */
    issuedNumbers: (companyId: number): IterableIterator<{ number: string; series: string }> => issuedNumbers.iterate(companyId),
    latestIssueDate: (companyId: number, series: string): string | null => latestIssueDate.get(companyId, series)?.d ?? null,
    openBalance: (invoiceId: number, dueCents: number) => void openBalance.run(invoiceId, dueCents),
    addToBalance: (invoiceId: number, amounts: { paid?: number; credited?: number }) =>
      void addToBalance.run({ id: invoiceId, paid: amounts.paid ?? 0, credited: amounts.credited ?? 0 }),
    reindex(id: number, number: string | null, buyer: string, body: string): void {
      unindex.run(id);
      index.run(id, number === null ? '' : `${number} ${compactNumber(number)}`, buyer, body);
    },
    unindex: (id: number) => void unindex.run(id),
    /**
     * One page of the list. Without text, rows come by issue date through the date index; with text, the
     * search index drives and rows come newest first by creation, so a broad word never sorts every match.
     */
    list(companyId: number, query: InvoiceListQuery, today: string): InvoiceListPage {
      const where = ['i.company_id = @companyId'];
      const params: Record<string, unknown> = { companyId, today, limit: query.limit, offset: query.offset };
      const statusConditions: Record<InvoiceListQuery['status'], string | null> = {
        all: null,
        draft: "i.status = 'draft'",
        issued: "i.status = 'issued'",
        unpaid: "i.status = 'issued' AND i.type_code = '380' AND b.remaining_cents > 0",
        overdue: "i.status = 'issued' AND i.type_code = '380' AND b.remaining_cents > 0 AND i.due_date < @today",
        paid: "i.status = 'issued' AND i.type_code = '380' AND b.remaining_cents <= 0 AND b.credited_cents < i.total_cents",
        credited: "i.status = 'issued' AND i.type_code = '380' AND b.remaining_cents <= 0 AND b.credited_cents >= i.total_cents",
      };
      const statusCondition = statusConditions[query.status];
      if (statusCondition) where.push(statusCondition);
      applyConditions(where, params, [
        ['typeCode', query.typeCode, 'i.document_type_code = @typeCode'],
        ['customerId', query.customerId, 'i.customer_id = @customerId'],
        ['from', query.from, 'i.issue_date >= @from'],
        ['to', query.to, 'i.issue_date <= @to'],
      ]);
      const match = ftsQuery(query.text);
      const clause = where.join(' AND ');
      const needsBalance = statusCondition?.includes('b.') ?? false;
      if (match) {
        params.match = match;
        const from = `invoice_search s JOIN invoices i ON i.id = s.rowid ${BALANCE} WHERE s.invoice_search MATCH @match AND ${clause}`;
        const rows = statement(`SELECT ${SUMMARY_COLUMNS} FROM ${from} ORDER BY s.rowid DESC LIMIT @limit OFFSET @offset`).all(params) as SummaryRow[];
        return { rows, ...cappedCount(`SELECT 1 FROM ${from}`, params), sumRemainingCents: sumRemainingCents(statement, companyId, query, today, match) };
      }
      const rows = statement(`SELECT ${SUMMARY_COLUMNS} FROM invoices i ${BALANCE} WHERE ${clause} ORDER BY i.issue_date DESC, i.id DESC LIMIT @limit OFFSET @offset`).all(params) as SummaryRow[];
      const sum = sumRemainingCents(statement, companyId, query, today, null);
      const isPlain = where.length === 1;
      if (isPlain) return { rows, total: statement('SELECT count(*) FROM invoices WHERE company_id = ?').pluck().get(companyId) as number, isTotalCapped: false, sumRemainingCents: sum };
      return { rows, ...cappedCount(`SELECT 1 FROM invoices i ${needsBalance ? BALANCE : ''} WHERE ${clause}`, params), sumRemainingCents: sum };
    },
  };
}

export type InvoiceRepository = ReturnType<typeof createInvoiceRepository>;
