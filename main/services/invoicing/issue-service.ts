import type { CompanyProfile } from '@shared/company/company-profile';
import { canIssue } from '@shared/invoicing/check-invoice';
import { error, type Finding } from '@shared/invoicing/findings';
import { effectiveDueDate } from '@shared/invoicing/seller-mentions';
import { computeTotals } from '@shared/invoicing/totals';
import { formatEuros } from '@shared/money/euros';
import type { InvoiceRow } from '../../db/repositories/invoice-repository';
import { AppError } from '../../errors/app-error';
import { canonicalJson } from '../journal/canonical-json';
import { sha256 } from '../journal/journal';
import { draftContext, evaluate, searchBody } from './draft-evaluation';
import { ISSUED_IS_FROZEN } from './draft-service';
import type { InvoicingContext } from './invoicing-context';

/** Raised when the pre-issue checks still find errors; the transaction rolls back, numbering untouched. */
export class IssueRefused extends AppError {
  constructor(readonly findings: Finding[]) {
    const count = findings.filter((f) => f.severity === 'error').length;
    // Intl.PluralRules: « 1 point », « 2 points », never « point(s) ».
    const points = new Intl.PluralRules('fr-FR').select(count) === 'one' ? `${count} point à corriger` : `${count} points à corriger`;
    super('issue_refused', `Cette facture ne peut pas encore être émise : ${points}.`);
  }
}

/** Checks that only the database can answer: chronology of the series and what is left to credit. */
function historyFindings(ctx: InvoicingContext, companyId: number, row: InvoiceRow, series: string, grandTotal: number, issueDate: string): Finding[] {
  const findings: Finding[] = [];
  const latest = ctx.invoices.latestIssueDate(companyId, series);
  if (latest !== null && issueDate < latest) {
    findings.push(error('field-invalid', 'invoice.issueDate', `La numérotation suit l’ordre des dates : la dernière pièce de cette série est datée du ${latest.split('-').reverse().join('/')}. Datez celle-ci du même jour ou d’après.`));
  }
  if (row.corrected_invoice_id !== null) {
    const original = ctx.invoices.get(companyId, row.corrected_invoice_id) as InvoiceRow;
    const alreadyCredited = ctx.invoices.creditNotesOf(original.id).filter((n) => n.status === 'issued').reduce((sum, n) => sum + n.total_cents, 0);
    const left = original.total_cents - alreadyCredited;
    if (grandTotal > left) {
      findings.push(error('credit-exceeds-invoice', 'lines', `Cet avoir (${formatEuros(grandTotal)}) dépasse ce qui reste à créditer sur la facture ${original.number} (${formatEuros(left)}).`));
    }
  }
  return findings;
}

/**
 * Issuing: in one IMMEDIATE transaction, take the next number of the series, check everything once more
 * with that number, freeze the document, open its balance and chain the event into the journal. Any
 * error rolls all of it back, so a refused or crashed issue leaves the draft a draft and no gap.
 */
/** Credit notes take their own series when the company asked for one (company.creditNoteSeries). */
function seriesOf(company: CompanyProfile, typeCode: InvoiceRow['type_code']): string {
  return typeCode === '381' && company.creditNoteSeries === 'own' ? company.creditNoteNumberPattern : company.invoiceNumberPattern;
}

export function createIssueService(ctx: InvoicingContext, hooks: { afterNumbering?: (number: string) => void } = {}) {
  return {
    /**
     * The number this draft would get if issued now: same series and year as `issue`, read without
     * taking it, so asking never consumes a number (another issue first would of course take it).
     */
    nextNumber(id: number): { number: string } {
      const company = ctx.requireCompany();
      const row = ctx.invoices.get(company.id, id);
      if (!row) throw new AppError('not_found', 'Cette facture n’existe pas ou plus.');
      if (row.status !== 'draft') throw new AppError('invoice_frozen', ISSUED_IS_FROZEN);
      // A draft without a date yet cannot be issued; today's year is the best guess to announce.
      const issueDate = /^\d{4}-/.test(row.issue_date) ? row.issue_date : ctx.today();
      return { number: ctx.numbering.peek(company.id, seriesOf(company, row.type_code), Number(issueDate.slice(0, 4))) };
    },
    issue(id: number): void {
      ctx.write(() => {
        const company = ctx.requireCompany();
        const row = ctx.invoices.get(company.id, id);
        if (!row) throw new AppError('not_found', 'Cette facture n’existe pas ou plus.');
        if (row.status !== 'draft') throw new AppError('invoice_frozen', ISSUED_IS_FROZEN);
        const context = draftContext(ctx, row);
        const pattern = seriesOf(company, row.type_code);
        const assigned = ctx.numbering.next(company.id, pattern, Number(context.draft.issueDate.slice(0, 4)));
        hooks.afterNumbering?.(assigned.number);
        const evaluation = evaluate(ctx, context, assigned.number);
        const document = evaluation.document;
        const totals = document ? computeTotals(document) : null;
        const findings = [
          ...evaluation.findings,
          ...(totals ? historyFindings(ctx, company.id, row, pattern, totals.totals.grandTotal, context.draft.issueDate) : []),
        ];
        if (!document || !totals || !canIssue(findings)) throw new IssueRefused(findings);

        const frozen = canonicalJson(document);
        const documentHash = sha256(frozen);
        ctx.invoices.markIssued(
          company.id,
          id,
          {
            customerId: row.customer_id ?? context.draft.customerId,
            issueDate: document.invoice.issueDate,
            dueDate: effectiveDueDate(document.invoice),
            buyerName: document.buyer.legalName,
            netCents: totals.totals.taxBasisTotal,
            totalCents: totals.totals.grandTotal,
            dueCents: totals.totals.dueAmount,
            document: frozen,
            ...assigned,
            documentHash,
          },
          ctx.now(),
        );
        if (row.type_code === '380') ctx.invoices.openBalance(id, totals.totals.dueAmount);
        else if (row.corrected_invoice_id !== null) ctx.invoices.addToBalance(row.corrected_invoice_id, { credited: totals.totals.grandTotal });
        ctx.invoices.reindex(id, assigned.number, document.buyer.legalName, searchBody(document.lines));
        ctx.journal.append({
          at: ctx.now(),
          kind: row.type_code === '380' ? 'invoice.issued' : 'credit-note.issued',
          entity: 'invoice',
          entityId: id,
          payload: { number: assigned.number, documentHash, totalCents: totals.totals.grandTotal, correctedInvoiceId: row.corrected_invoice_id },
        });
      });
    },
  };
}
