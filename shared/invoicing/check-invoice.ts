import { parseDecimal } from '../money/decimal';
import type { IsoDate } from '../payment-terms/iso-date';
import { checkVatCombination } from '../vat/vat-choices';
import { checkChorus } from './check-chorus';
import type { CheckContext } from './check-context';
import { checkLegalMentions } from './check-legal-mentions';
import { checkPaymentTerms } from './check-payment-terms';
import { checkPrintable } from './check-printable';
import { checkAmounts, checkDates, checkLines, checkReferences } from './check-lines-and-dates';
import { checkVat } from './check-vat';
import type { Finding } from './findings';
import type { InvoiceDocument } from './invoice-document';
import { computeTotals, type TotalsResult } from './totals';

function totalsIfReadable(doc: InvoiceDocument): TotalsResult | null {
  const readable = [...doc.lines, ...(doc.invoice.allowances ?? []), ...(doc.invoice.charges ?? [])].every((item) => checkVatCombination(item.vatCategory, item.vatRate, item.vatExemptionCode) === null);
  const numbers = doc.lines.every((line) => parseDecimal(line.quantity) !== null && parseDecimal(line.unitPrice) !== null);
  if (!readable || !numbers) return null;
  try {
    return computeTotals(doc);
  } catch {
    return null; // an amount beyond the safe range: checkLines reports the line
  }
}

/**
 * Every check to run before issuing, in the order the editor shows them. Pure: `today` is passed in.
 * The document should have passed the InvoiceDocument schema (which reports malformed values with its own
 * paths); this adds the rules that depend on several fields, on the buyer, or on the law, and re-checks
 * the identifiers so an unvalidated draft cannot slip through.
 */
export function checkInvoice(doc: InvoiceDocument, options: { today: IsoDate }): Finding[] {
  const context: CheckContext = { doc, today: options.today, totals: totalsIfReadable(doc) };
  return [checkLines, checkAmounts, checkDates, checkPaymentTerms, checkReferences, checkLegalMentions, checkVat, checkChorus, checkPrintable].flatMap((check) => check(context));
}

/** True when nothing blocks issuing (warnings allowed). */
export function canIssue(findings: readonly Finding[]): boolean {
  return findings.every((finding) => finding.severity !== 'error');
}
