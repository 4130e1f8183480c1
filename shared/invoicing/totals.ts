import { divideRoundHalfAwayFromZero, sumCents, toCents, type Cents } from '../money/cents';
import { parseDecimal } from '../money/decimal';
import { VAT_CATEGORY_CODES, type VatCategoryCode } from '../vat/vat-categories';
import { effectiveExemptionCode } from '../vat/vat-choices';
import { findVatExemption } from '../vat/vat-exemptions';
import { vatRateToBasisPoints, type VatRate } from '../vat/vat-rates';

/**
 * EN 16931 totals (BR-CO-10…17), computed exactly as the official validators recompute them:
 * - line net (BT-131) = quantity × unit price, rounded to the cent half away from zero, minus the line
 *   allowance (already in cents);
 * - per (category, rate): base (BT-116) = Σ line nets − Σ document allowances of that category and rate
 *   + Σ document charges (BR-S-08, BR-E-08…); VAT (BT-117) = base × rate / 100, rounded to the cent half away from zero (BR-CO-17);
 * - BT-106 = Σ BT-131 (BR-CO-10); BT-107 = Σ allowances (BR-CO-11); BT-108 = Σ charges (BR-CO-12);
 *   BT-109 = BT-106 − BT-107 + BT-108 (BR-CO-13);
 *   BT-110 = Σ BT-117 (BR-CO-14); BT-112 = BT-109 + BT-110 (BR-CO-15); BT-115 = BT-112 − BT-113 (BR-CO-16).
 * VAT is computed per category total, never per line: summing rounded per-line VAT would drift from BR-CO-17.
 */

interface VatOfItem {
  vatCategory: VatCategoryCode;
  vatRate: VatRate;
  vatExemptionCode?: string | undefined;
}
export interface LineInput extends VatOfItem {
  quantity: string;
  unitPrice: string;
  allowanceCents?: number | undefined;
}
export interface AllowanceInput extends VatOfItem {
  amountCents: number;
}
/** The part of an InvoiceDocument the totals depend on, so the editor can call it on a draft. */
export interface TotalsInput {
  lines: readonly LineInput[];
  invoice: { allowances?: readonly AllowanceInput[] | undefined; charges?: readonly AllowanceInput[] | undefined; prepaidCents?: number | undefined };
}

export interface VatBreakdownEntry {
  category: VatCategoryCode;
  rate: VatRate;
  base: Cents;
  amount: Cents;
  exemptionReason?: string;
  exemptionCode?: string;
}

export interface InvoiceTotals {
  lineTotal: Cents;
  allowanceTotal: Cents;
  /** BT-108, document-level charges (BG-21). */
  chargeTotal: Cents;
  taxBasisTotal: Cents;
  taxTotal: Cents;
  grandTotal: Cents;
  prepaid: Cents;
  dueAmount: Cents;
}

export interface TotalsResult {
  /** BT-131 of each line, in the order of the lines. */
  lineNets: Cents[];
  vatBreakdown: VatBreakdownEntry[];
  totals: InvoiceTotals;
}

/** Ten-thousandths × ten-thousandths = 10⁻⁸ €; one cent is 10⁶ of those. */
const CENT_IN_PRODUCT_UNITS = 1_000_000n;

function mustParse(text: string, what: string): bigint {
  const value = parseDecimal(text);
  if (value === null) throw new RangeError(`Unreadable ${what}: "${text}".`);
  return value;
}

export function lineNetCents(line: Pick<LineInput, 'quantity' | 'unitPrice' | 'allowanceCents'>): Cents {
  const product = mustParse(line.quantity, 'quantity') * mustParse(line.unitPrice, 'unit price');
  const gross = divideRoundHalfAwayFromZero(product, CENT_IN_PRODUCT_UNITS);
  return toCents(gross - BigInt(line.allowanceCents ?? 0));
}

/** BT-117 from BT-116 and BT-119: base cents × basis points / 10 000. */
export function vatAmountCents(base: Cents, rate: VatRate): Cents {
  return toCents(divideRoundHalfAwayFromZero(BigInt(base) * vatRateToBasisPoints(rate), 10_000n));
}

interface Group {
  category: VatCategoryCode;
  rate: VatRate;
  basisPoints: bigint;
  base: bigint;
  exemptionCode?: string;
}

function groupOf(groups: Map<string, Group>, item: VatOfItem): Group {
  const basisPoints = vatRateToBasisPoints(item.vatRate);
  const key = `${item.vatCategory}|${basisPoints}`;
  let group = groups.get(key);
  if (!group) {
    const exemptionCode = effectiveExemptionCode(item.vatCategory, item.vatExemptionCode);
    group = { category: item.vatCategory, rate: item.vatRate, basisPoints, base: 0n, ...(exemptionCode ? { exemptionCode } : {}) };
    groups.set(key, group);
  }
  return group;
}

/** Category order of the breakdown: the order of VAT_CATEGORY_CODES, then the highest rate first. */
function compareGroups(a: Group, b: Group): number {
  const byCategory = VAT_CATEGORY_CODES.indexOf(a.category) - VAT_CATEGORY_CODES.indexOf(b.category);
  return byCategory !== 0 ? byCategory : Number(b.basisPoints - a.basisPoints);
}

export function computeTotals(doc: TotalsInput): TotalsResult {
  const groups = new Map<string, Group>();
  const lineNets = doc.lines.map((line) => {
    const net = lineNetCents(line);
    groupOf(groups, line).base += BigInt(net);
    return net;
  });
  const allowances = doc.invoice.allowances ?? [];
  for (const allowance of allowances) groupOf(groups, allowance).base -= BigInt(allowance.amountCents);
  const charges = doc.invoice.charges ?? [];
  for (const charge of charges) groupOf(groups, charge).base += BigInt(charge.amountCents);

  const vatBreakdown = [...groups.values()].sort(compareGroups).map((group): VatBreakdownEntry => {
    const base = toCents(group.base);
    const exemption = group.exemptionCode ? findVatExemption(group.exemptionCode) : undefined;
    return {
      category: group.category,
      rate: group.rate,
      base,
      amount: vatAmountCents(base, group.rate),
      ...(group.exemptionCode ? { exemptionCode: group.exemptionCode } : {}),
      ...(exemption ? { exemptionReason: exemption.text } : {}),
    };
  });

  const lineTotal = sumCents(lineNets);
  const allowanceTotal = sumCents(allowances.map((allowance) => allowance.amountCents));
  const chargeTotal = sumCents(charges.map((charge) => charge.amountCents));
  const taxBasisTotal = lineTotal - allowanceTotal + chargeTotal;
  const taxTotal = sumCents(vatBreakdown.map((entry) => entry.amount));
  const grandTotal = taxBasisTotal + taxTotal;
  const prepaid = doc.invoice.prepaidCents ?? 0;
  return {
    lineNets,
    vatBreakdown,
    totals: { lineTotal, allowanceTotal, chargeTotal, taxBasisTotal, taxTotal, grandTotal, prepaid, dueAmount: grandTotal - prepaid },
  };
}
