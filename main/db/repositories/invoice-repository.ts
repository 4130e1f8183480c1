import type { Database } from 'better-sqlite3';
import type { InvoiceListQuery } from '../../../shared/invoicing/invoice-views';

export interface InvoiceRow {
  id: number;
  company_id: number;
  type_code: '380' | '381';
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

const SELECT = `SELECT i.*, b.paid_cents, b.credited_cents, b.remaining_cents
  FROM invoices i LEFT JOIN invoice_balances b ON b.invoice_id = i.id`;

/** FTS5 query of what the user typed: every word must match, as a prefix, quotes neutralised. */
export function ftsQuery(text: string): string | null {
  const words = text.split(/[\s"'()*:^-]+/).filter((w) => w.length > 0);
  return words.length === 0 ? null : words.map((w) => `"${w}"*`).join(' ');
}

export function createInvoiceRepository(db: Database) {
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
    latestIssueDate: (companyId: number, series: string): string | null => latestIssueDate.get(companyId, series)?.d ?? null,
    openBalance: (invoiceId: number, dueCents: number) => void openBalance.run(invoiceId, dueCents),
    addToBalance: (invoiceId: number, amounts: { paid?: number; credited?: number }) =>
      void addToBalance.run({ id: invoiceId, paid: amounts.paid ?? 0, credited: amounts.credited ?? 0 }),
    reindex(id: number, number: string | null, buyer: string, body: string): void {
      unindex.run(id);
      index.run(id, number ?? '', buyer, body);
    },
    unindex: (id: number) => void unindex.run(id),
    list(companyId: number, query: InvoiceListQuery, today: string): { rows: InvoiceRow[]; total: number } {
      const where = ['i.company_id = @companyId'];
      const params: Record<string, unknown> = { companyId, today, limit: query.limit, offset: query.offset };
      if (query.status === 'draft') where.push("i.status = 'draft'");
      if (query.status === 'issued') where.push("i.status = 'issued'");
      if (query.status === 'unpaid' || query.status === 'overdue') where.push("i.status = 'issued' AND i.type_code = '380' AND b.remaining_cents > 0");
      if (query.status === 'overdue') where.push('i.due_date < @today');
      if (query.status === 'paid') where.push("i.status = 'issued' AND i.type_code = '380' AND b.remaining_cents <= 0");
      const optional: Array<[string, unknown, string]> = [
        ['typeCode', query.typeCode, 'i.type_code = @typeCode'],
        ['customerId', query.customerId, 'i.customer_id = @customerId'],
        ['from', query.from, 'i.issue_date >= @from'],
        ['to', query.to, 'i.issue_date <= @to'],
        ['match', ftsQuery(query.text), 'i.id IN (SELECT rowid FROM invoice_search WHERE invoice_search MATCH @match)'],
      ];
      for (const [name, value, condition] of optional) {
        if (value === undefined || value === null) continue;
        params[name] = value;
        where.push(condition);
      }
      const clause = where.join(' AND ');
      const rows = db.prepare(`${SELECT} WHERE ${clause} ORDER BY i.issue_date DESC, i.id DESC LIMIT @limit OFFSET @offset`).all(params) as InvoiceRow[];
      const total = (db.prepare(`SELECT count(*) AS n FROM invoices i LEFT JOIN invoice_balances b ON b.invoice_id = i.id WHERE ${clause}`).get(params) as { n: number }).n;
      return { rows, total };
    },
  };
}

export type InvoiceRepository = ReturnType<typeof createInvoiceRepository>;
