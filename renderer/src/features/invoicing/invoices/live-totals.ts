import { computeTotals, type LineInput, type TotalsResult } from '@shared/invoicing/totals';
import type { VatCategoryCode } from '@shared/vat/vat-categories';
import { frenchToCents, frenchToDecimalString, numberProblem } from '../french-input';
import { centsOrZero, findVatChoice, type EditorAllowance, type EditorFields, type EditorLine } from './editor-model';

/** The line as computeTotals reads it, or null while its quantity or price cannot be read yet. */
function lineInputOf(line: EditorLine): LineInput | null {
  const quantity = frenchToDecimalString(line.quantity);
  const unitPrice = frenchToDecimalString(line.unitPrice);
  if (quantity === null || unitPrice === null) return null;
  const vat = findVatChoice(line.vatChoiceId);
  return { quantity, unitPrice, vatCategory: vat.category satisfies VatCategoryCode, vatRate: vat.rate, vatExemptionCode: vat.exemptionCode };
}

export interface LiveTotals {
  /** Each line's net, or null while it cannot be computed. */
  lineNets: Array<number | null>;
  /** Null while a typed number cannot be read: no total rather than a wrong one (never 0,00 €). */
  result: TotalsResult | null;
  /** The lines (1-based) whose quantity or price is typed but cannot be read (« 1,234,56 », « 1.234 »). */
  incompleteLines: number[];
}

/** The totals while typing, with the same code main uses when issuing: what is shown is what is billed. */
export function liveTotals(fields: EditorFields): LiveTotals {
  const inputs = fields.lines.map(lineInputOf);
  // A price not typed yet leaves its line out; a price typed but unreadable holds the totals back.
  const incompleteLines = fields.lines.flatMap((line, index) => (numberProblem(line.quantity) || numberProblem(line.unitPrice) ? [index + 1] : []));
  const readable = inputs.filter((input): input is LineInput => input !== null);
  try {
    // Discounts and charges whose amount is not readable yet count for nothing (the field says why at once).
    const readableRows = (rows: readonly EditorAllowance[]) =>
      rows.flatMap((a) => {
        const cents = frenchToCents(a.amount);
        if (cents === null || cents < 0) return [];
        const vat = findVatChoice(a.vatChoiceId);
        return [{ amountCents: cents, vatCategory: vat.category satisfies VatCategoryCode, vatRate: vat.rate, vatExemptionCode: vat.exemptionCode }];
      });
    const invoice = { allowances: readableRows(fields.allowances), charges: readableRows(fields.charges), prepaidCents: centsOrZero(fields.prepaid) };
    const result = computeTotals({ lines: readable, invoice });
    let index = 0;
    const lineNets = inputs.map((input) => (input === null ? null : (result.lineNets[index++] ?? null)));
    return { lineNets, result: incompleteLines.length > 0 ? null : result, incompleteLines };
  } catch {
    // An amount beyond what the model accepts: no totals rather than a wrong one.
    return { lineNets: inputs.map(() => null), result: null, incompleteLines };
  }
}
