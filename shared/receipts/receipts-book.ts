import { z } from 'zod';
import { documentKindLabel } from '../invoicing/document-kinds';
import type { InvoiceTypeCode } from '../invoicing/invoice-document';
import { lineNetCents } from '../invoicing/totals';
import { divideRoundHalfAwayFromZero, toCents, type Cents } from '../money/cents';
import { PAYMENT_MODES } from '../invoicing/payments';
import { daysInMonth } from '../dates/iso-date';
import { lineCategory } from './operation-category';

/**
 * The receipts book (« livre des recettes ») a micro-entrepreneur must keep: every amount actually received,
 * in date order, with the customer, the nature of the sale, the amount, the means of payment and the
 * invoice it pays. Receipts are the recorded payments (a negative one corrects a mistake and is listed as
 * such). The turnover to declare for a month or a quarter is their sum, split between sales of goods and
 * services by the lines of the invoice paid (operation-category.ts), in proportion to their net amounts.
 */
export interface ReceiptSource {
  paymentId: number;
  paidOn: string;
  amountCents: Cents;
  mode: string;
  invoiceNumber: string;
  /** The kind of the piece paid: a receipt on a facture d'acompte (386) says so in its nature. */
  invoiceTypeCode: InvoiceTypeCode;
  buyerName: string;
  invoiceNetCents: Cents;
  invoiceTotalCents: Cents;
  lines: ReadonlyArray<{ description: string; unitCode: string; quantity: string; unitPrice: string; allowanceCents?: number | undefined }>;
}

export const Receipt = z.object({
  paymentId: z.number().int(),
  date: z.string(),
  customer: z.string(),
  nature: z.string(),
  amountCents: z.number().int(),
  /** The part of the amount without VAT (equal to the amount under the VAT franchise). */
  amountExclVatCents: z.number().int(),
  means: z.string(),
  invoiceNumber: z.string(),
  /** The amount without VAT split between goods and services (they add up to amountExclVatCents). */
  goodsCents: z.number().int(),
  servicesCents: z.number().int(),
  /** Part of servicesCents counted as services only because the unit said nothing (« unité », « lot »…). */
  assumedServicesCents: z.number().int(),
});
export type Receipt = z.infer<typeof Receipt>;

const NATURE_LENGTH = 80;

/** « Atelier de pâtisserie (+ 2 autres lignes) »: what was sold, short enough for a table row. */
function natureOf(lines: ReceiptSource['lines']): string {
  const first = (lines[0]?.description ?? '').replace(/\s+/g, ' ').trim();
  const short = first.length > NATURE_LENGTH ? `${first.slice(0, NATURE_LENGTH - 1)}…` : first;
  const more = lines.length - 1;
  return more > 0 ? `${short} (+ ${more} autre${more > 1 ? 's' : ''} ligne${more > 1 ? 's' : ''})` : short;
}

/** `amount × part / whole`, rounded half away from zero; 0 when the whole is 0. */
function share(amount: Cents, part: Cents, whole: Cents): Cents {
  if (whole === 0) return 0;
  const sign = whole < 0 ? -1n : 1n;
  return toCents(divideRoundHalfAwayFromZero(BigInt(amount) * BigInt(part) * sign, BigInt(whole) * sign));
}

export function receiptOf(source: ReceiptSource): Receipt {
  const amountExclVatCents = source.invoiceTotalCents === source.invoiceNetCents ? source.amountCents : share(source.amountCents, source.invoiceNetCents, source.invoiceTotalCents);
  let goodsNet = 0;
  let servicesNet = 0;
  let assumedNet = 0;
  for (const line of source.lines) {
    const net = lineNetCents({ quantity: line.quantity, unitPrice: line.unitPrice, allowanceCents: line.allowanceCents ?? 0 });
    const { category, isAssumed } = lineCategory(line.unitCode);
    if (category === 'goods') goodsNet += net;
    else servicesNet += net;
    if (isAssumed) assumedNet += net;
  }
  const linesNet = goodsNet + servicesNet;
  // An invoice without lines (or whose lines cancel out) counts as services, as its unit would have said nothing.
  const goodsCents = linesNet === 0 ? 0 : share(amountExclVatCents, goodsNet, linesNet);
  const servicesCents = amountExclVatCents - goodsCents;
  const assumedServicesCents = linesNet === 0 ? servicesCents : share(amountExclVatCents, assumedNet, linesNet);
  return {
    paymentId: source.paymentId,
    date: source.paidOn,
    customer: source.buyerName,
    nature: source.invoiceTypeCode === '386' ? `${documentKindLabel('386')} : ${natureOf(source.lines)}` : natureOf(source.lines),
    amountCents: source.amountCents,
    amountExclVatCents,
    means: PAYMENT_MODES[source.mode as keyof typeof PAYMENT_MODES] ?? source.mode,
    invoiceNumber: source.invoiceNumber,
    goodsCents,
    servicesCents,
    assumedServicesCents,
  };
}

export const ReceiptTotals = z.object({
  count: z.number().int(),
  receivedCents: z.number().int(),
  receivedExclVatCents: z.number().int(),
  goodsCents: z.number().int(),
  servicesCents: z.number().int(),
  assumedServicesCents: z.number().int(),
});
export type ReceiptTotals = z.infer<typeof ReceiptTotals>;

export function totalsOf(receipts: readonly Receipt[]): ReceiptTotals {
  const sum = (pick: (r: Receipt) => number) => receipts.reduce((total, r) => total + pick(r), 0);
  return {
    count: receipts.length,
    receivedCents: sum((r) => r.amountCents),
    receivedExclVatCents: sum((r) => r.amountExclVatCents),
    goodsCents: sum((r) => r.goodsCents),
    servicesCents: sum((r) => r.servicesCents),
    assumedServicesCents: sum((r) => r.assumedServicesCents),
  };
}

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'La date doit être au format AAAA-MM-JJ.' });

export const ReceiptsPeriod = z
  .object({ from: isoDay, to: isoDay })
  .refine((period) => period.from <= period.to, { error: 'La fin de la période doit suivre son début.', path: ['to'] });
export type ReceiptsPeriod = z.infer<typeof ReceiptsPeriod>;

export const ReceiptsBook = z.object({ period: z.object({ from: z.string(), to: z.string() }), receipts: z.array(Receipt), totals: ReceiptTotals });
export type ReceiptsBook = z.infer<typeof ReceiptsBook>;

/** A declaration period: a month (« 2026-05 ») or a quarter (« 2026-T2 »), as URSSAF asks. */
export const DeclarationPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|T[1-4])$/, { error: 'Choisissez un mois (AAAA-MM) ou un trimestre (AAAA-T1 à T4).' });

export function declarationBounds(period: string): { from: string; to: string; label: string } {
  const year = Number(period.slice(0, 4));
  const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  const pad = (n: number) => String(n).padStart(2, '0');
  if (period[5] === 'T') {
    const quarter = Number(period[6]);
    const last = quarter * 3;
    return { from: `${year}-${pad(last - 2)}-01`, to: `${year}-${pad(last)}-${pad(daysInMonth(year, last))}`, label: `${quarter === 1 ? '1er' : `${quarter}e`} trimestre ${year}` };
  }
  const month = Number(period.slice(5, 7));
  return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`, label: `${MONTHS[month - 1]} ${year}` };
}

export const Turnover = z.object({
  period: z.string(),
  label: z.string(),
  from: z.string(),
  to: z.string(),
  /** Under the VAT franchise the amounts received are declared as they are; otherwise without VAT. */
  isVatFranchise: z.boolean(),
  totals: ReceiptTotals,
  /** What to declare: received (franchise) or received without VAT, split goods / services. */
  declaredCents: z.number().int(),
  goodsCents: z.number().int(),
  servicesCents: z.number().int(),
  assumedServicesCents: z.number().int(),
});
export type Turnover = z.infer<typeof Turnover>;
