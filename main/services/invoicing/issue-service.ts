import { canIssue } from '@shared/invoicing/check-invoice';
import type { Finding } from '@shared/invoicing/findings';
import { effectiveDueDate } from '@shared/invoicing/seller-mentions';
import { computeTotals } from '@shared/invoicing/totals';
import { AppError } from '../../errors/app-error';
import { canonicalJson } from '../journal/canonical-json';
import { sha256 } from '../journal/journal';
import { draftContext, evaluate, searchBody, seriesOf } from './draft-evaluation';
import { ISSUED_IS_FROZEN } from './draft-service';
import type { InvoicingContext } from './invoicing-context';

/** Raised when the pre-issue checks still find errors; the transaction rolls back, numbering untouched. */
export class IssueRefused extends AppError {
  constructor(readonly findings: Finding[]) {
    super('issue_refused', refusalMessage(findings));
  }
}

/** The first point to fix, in full, and how many others: never a bare count. */
function refusalMessage(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === 'error');
  const others = errors.length - 1;
  const more = others <= 0 ? '' : ` (et ${others} autre${new Intl.PluralRules('fr').select(others) === 'one' ? '' : 's'} point${others > 1 ? 's' : ''} à corriger)`;
  return `${errors[0]?.message ?? 'Corrigez les points signalés.'}${more}`;
}

/**
 * Issuing: in one IMMEDIATE transaction, take the next number of the series, check everything once more
 * with that number, freeze the document, open its balance and chain the event into the journal. Any
 * error rolls all of it back, so a refused or crashed issue leaves the draft a draft and no gap.
 */
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
        const findings = evaluation.findings;
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
