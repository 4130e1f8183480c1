import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { effectiveDueDate } from '@shared/invoicing/seller-mentions';
import { computeTotals } from '@shared/invoicing/totals';
import { formatInvoiceNumber } from '@shared/numbering/number-pattern';
import type { InvoiceRecordRow } from '../../../db/repositories/record-repository';
import { periodOf } from '../../invoicing/numbering';
import { canonicalJson } from '../canonical-json';
import { sha256 } from '../journal-hash';
import { Findings, pieceLabel, sameInstant } from './findings';
import type { JournalFacts, TrustedEntry } from './journal-walk';

type Expected = Partial<Record<keyof InvoiceRecordRow, unknown>>;

function parseDocument(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The customer of an issued piece: in its issue entry since this version, else in its last draft entry. */
function recordedCustomer(entry: TrustedEntry, history: readonly TrustedEntry[]): unknown {
  if ('customerId' in entry.payload) return entry.payload.customerId;
  const drafts = history.filter((e) => e.kind.startsWith('invoice.draft.') && 'customerId' in e.payload);
  return drafts.at(-1)?.payload.customerId;
}

/** What each stored column must be, from the frozen document and the journal. */
function expectedColumns(row: InvoiceRecordRow, doc: InvoiceDocument, entry: TrustedEntry | undefined, facts: JournalFacts, companies: Map<string, number>): Expected {
  const totals = computeTotals(doc).totals;
  const year = Number(doc.invoice.issueDate.slice(0, 4));
  const expected: Expected = {
    number: doc.invoice.number ?? null,
    // The row's class: a facture d'acompte (386) is an invoice ('380') that is owed and paid; the kind it
    // shows (document_type_code) is generated from the document itself and cannot disagree with it.
    type_code: doc.invoice.typeCode === '381' ? '381' : '380',
    issue_date: doc.invoice.issueDate,
    due_date: effectiveDueDate(doc.invoice),
    buyer_name: doc.buyer.legalName,
    net_cents: totals.taxBasisTotal,
    total_cents: totals.grandTotal,
    due_cents: totals.dueAmount,
    company_id: companies.get(doc.seller.siret),
    updated_at: row.issued_at,
  };
  if (entry) {
    const history = facts.invoices.get(row.id) ?? [];
    expected.customer_id = recordedCustomer(entry, history);
    if ('correctedInvoiceId' in entry.payload) expected.corrected_invoice_id = entry.payload.correctedInvoiceId;
    if ('series' in entry.payload) expected.series = entry.payload.series;
    if ('sequence' in entry.payload) expected.sequence = entry.payload.sequence;
  }
  if (row.series !== null && row.sequence !== null) expected.period = periodOf(row.series, year);
  return expected;
}

function checkColumns(row: InvoiceRecordRow, doc: InvoiceDocument, entry: TrustedEntry | undefined, facts: JournalFacts, companies: Map<string, number>, findings: Findings): void {
  const piece = pieceLabel(row);
  for (const [column, value] of Object.entries(expectedColumns(row, doc, entry, facts, companies))) {
    if (value === undefined) continue;
    const stored = row[column as keyof InvoiceRecordRow];
    if (stored !== value) findings.error(piece, column, `La colonne ${column} vaut ${JSON.stringify(stored)} alors que la pièce émise dit ${JSON.stringify(value)}.`);
  }
  const year = Number(row.issue_date.slice(0, 4));
  if (row.series !== null && row.sequence !== null && Number.isInteger(year) && formatInvoiceNumber(row.series, year, row.sequence) !== row.number) {
    findings.error(piece, 'number', `Le numéro ${row.number ?? '(aucun)'} ne correspond pas à sa série et à son rang (${formatInvoiceNumber(row.series, year, row.sequence)}).`);
  }
  if (entry && !sameInstant(row.issued_at, entry.at)) findings.error(piece, 'issued_at', `La date d’émission enregistrée (${row.issued_at}) n’est pas celle du journal (${entry.at}).`, entry.seq);
  const created = (facts.invoices.get(row.id) ?? []).filter((e) => e.kind === 'invoice.draft.created').at(-1);
  if (created && !sameInstant(row.created_at, created.at)) findings.error(piece, 'created_at', `La date de création (${row.created_at}) n’est pas celle du journal (${created.at}).`, created.seq);
}

/**
 * Each issued invoice and credit note against its issue entry (number, document hash, customer, series)
 * and its frozen document (number, dates, buyer, totals): a change to any stored column is named.
 */
export function checkIssuedPiece(row: InvoiceRecordRow, facts: JournalFacts, companies: Map<string, number>, findings: Findings): void {
  const piece = pieceLabel(row);
  const entry = facts.issued.get(row.id);
  if (!entry) findings.error(piece, 'status', 'Cette pièce est émise mais le journal n’a pas d’entrée de son émission : elle a été émise ou modifiée hors de Facturier.');
  if (entry && entry.payload.number !== row.number) findings.error(piece, 'number', `Le journal a émis cette pièce sous le numéro ${String(entry.payload.number)}.`, entry.seq);
  const parsed = parseDocument(row.document);
  if (parsed === undefined) {
    findings.error(piece, 'document', 'Le document figé de cette pièce n’est pas un JSON valide : il a été modifié hors de Facturier.');
    return;
  }
  const actualHash = sha256(canonicalJson(parsed));
  const recordedHash = entry ? entry.payload.documentHash : row.document_hash;
  if (entry && row.document_hash !== entry.payload.documentHash) findings.error(piece, 'document_hash', 'L’empreinte enregistrée du document n’est pas celle du journal.', entry.seq);
  if (actualHash !== recordedHash) {
    findings.error(piece, 'document', 'Le document figé de cette pièce a été modifié après son émission.', entry?.seq ?? null);
    return;
  }
  const doc = InvoiceDocument.safeParse(parsed);
  if (!doc.success) {
    findings.error(piece, 'document', 'Le document figé de cette pièce ne se lit plus comme une pièce émise.');
    return;
  }
  checkColumns(row, doc.data, entry, facts, companies, findings);
}

/** Numbers continuous per series and period (1, 2, 3… without gap or repeat), and each counter at the last one. */
export function checkNumbering(
  issued: ReadonlyArray<Pick<InvoiceRecordRow, 'company_id' | 'series' | 'period' | 'sequence' | 'number' | 'issue_date'>>,
  counters: ReadonlyArray<{ company_id: number; series: string; period: number; last_sequence: number }>,
  findings: Findings,
): void {
  const groups = new Map<string, { series: string; period: number; sequences: number[]; year: number }>();
  const numbers = new Map<string, number>();
  for (const row of issued) {
    if (row.number !== null) {
      const key = `${row.company_id}|${row.number}`;
      numbers.set(key, (numbers.get(key) ?? 0) + 1);
      if (numbers.get(key) === 2) findings.error(`Numéro ${row.number}`, 'number', 'Ce numéro a été donné à deux pièces.');
    }
    if (row.series === null || row.period === null || row.sequence === null) continue;
    const key = `${row.company_id}|${row.series}|${row.period}`;
    const group = groups.get(key) ?? { series: row.series, period: row.period, sequences: [], year: Number(row.issue_date.slice(0, 4)) };
    group.sequences.push(row.sequence);
    groups.set(key, group);
  }
  const label = (series: string, period: number) => `Numérotation « ${series} »${period === 0 ? '' : ` (${period})`}`;
  for (const group of groups.values()) {
    const sorted = [...group.sequences].sort((a, b) => a - b);
    const missing: number[] = [];
    let expected = 1;
    for (const sequence of sorted) {
      if (sequence === expected - 1) findings.error(label(group.series, group.period), 'sequence', `Le rang ${sequence} a été donné deux fois.`);
      for (; expected < sequence; expected++) missing.push(expected);
      expected = Math.max(expected, sequence + 1);
    }
    if (missing.length > 0) {
      const shown = missing.slice(0, 10).map((sequence) => formatInvoiceNumber(group.series, group.year, sequence)).join(', ');
      findings.error(label(group.series, group.period), 'sequence', `Numéro(s) manquant(s) dans la suite : ${shown}${missing.length > 10 ? '…' : ''}.`);
    }
  }
  const seen = new Set<string>();
  for (const counter of counters) {
    const key = `${counter.company_id}|${counter.series}|${counter.period}`;
    seen.add(key);
    const last = Math.max(0, ...(groups.get(key)?.sequences ?? []));
    if (counter.last_sequence !== last) {
      findings.error(label(counter.series, counter.period), 'last_sequence', `Le compteur est à ${counter.last_sequence} alors que la dernière pièce émise de la série porte le rang ${last}.`);
    }
  }
  for (const [key, group] of groups) if (!seen.has(key)) findings.error(label(group.series, group.period), 'last_sequence', 'Cette série a des pièces émises mais plus de compteur.');
}
