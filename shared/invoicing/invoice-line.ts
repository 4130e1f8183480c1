import { z } from 'zod';
import { parseDecimal } from '../money/decimal';
import { frenchSpacing } from '../money/french-typography';
import { VAT_CATEGORY_CODES } from '../vat/vat-categories';
import { checkVatCombination } from '../vat/vat-choices';
import { cents, decimalString, MAX_LINE_AMOUNT_CENTS, optionalText, requiredText } from './schema-fields';
import { UNIT_CODES } from './units';

const vatFields = {
  vatCategory: z.enum(VAT_CATEGORY_CODES, { error: 'Choisissez la TVA applicable.' }),
  /** Percent as a decimal string: "20", "10", "5.5", "2.1", or "0" for every category but S. */
  vatRate: z.string({ error: 'Choisissez le taux de TVA.' }),
  /** VATEX code (BT-121) for exempt categories; AE, K, G and O fall back to their default. */
  vatExemptionCode: z.string().optional(),
};

type VatFields = { vatCategory: (typeof VAT_CATEGORY_CODES)[number]; vatRate: string; vatExemptionCode?: string | undefined };

function refineVat(value: VatFields, ctx: z.RefinementCtx): void {
  const problem = checkVatCombination(value.vatCategory, value.vatRate, value.vatExemptionCode);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: [value.vatExemptionCode === undefined ? 'vatRate' : 'vatExemptionCode'] });
}

/** |quantity × unit price| in cents, or null when a string is unreadable. Exact: ten-thousandths × ten-thousandths. */
export function grossAmountMagnitude(quantity: string, unitPrice: string): bigint | null {
  const q = parseDecimal(quantity);
  const p = parseDecimal(unitPrice);
  if (q === null || p === null) return null;
  const product = q * p;
  return (product < 0n ? -product : product) / 1_000_000n;
}

/**
 * An invoice line (BG-25). Quantity and unit price are decimal strings with up to 4 decimals; the line net
 * (BT-131) is computed, never stored (see totals.ts). A negative quantity is allowed (a returned item);
 * a negative price is not (BR-27).
 */
export const InvoiceLine = z
  .strictObject({
    description: requiredText('La désignation', 1000),
    quantity: decimalString('La quantité', { allowNegative: true }),
    unitCode: z.enum(UNIT_CODES, { error: 'Choisissez une unité de la liste.' }),
    /** Net unit price excluding VAT, in euros (BT-146). */
    unitPrice: decimalString('Le prix unitaire HT', { allowNegative: false }),
    /** Line allowance (remise, BT-136), in cents, subtracted from the rounded quantity × price. */
    allowanceCents: cents('La remise').optional(),
    /** BT-139; the serializers write "Remise" when it is empty. */
    allowanceReason: optionalText('Le motif de la remise', 200),
    ...vatFields,
  })
  .superRefine((line, ctx) => {
    refineVat(line, ctx);
    const magnitude = grossAmountMagnitude(line.quantity, line.unitPrice);
    if (magnitude !== null && magnitude > BigInt(MAX_LINE_AMOUNT_CENTS)) {
      ctx.addIssue({ code: 'custom', message: frenchSpacing('Le montant de cette ligne dépasse 10 milliards d’euros : vérifiez la quantité et le prix.'), path: ['quantity'] });
    }
  });
export type InvoiceLine = z.infer<typeof InvoiceLine>;

/** An amount on the whole document, on one VAT category and rate: the labels say which. */
const documentAmount = (reason: string, amount: string, minimum: string) =>
  z
    .strictObject({
      reason: requiredText(reason, 200),
      amountCents: cents(amount).min(1, { error: minimum }),
      ...vatFields,
    })
    .superRefine(refineVat);

/** A document-level allowance (BG-20): it lowers the taxable base of one VAT category and rate (BR-S-08…). */
export const DocumentAllowance = documentAmount('Le motif de la remise', 'La remise', 'La remise doit être d’au moins 1 centime.');
export type DocumentAllowance = z.infer<typeof DocumentAllowance>;

/** A document-level charge (BG-21): « frais de déplacement » on the whole invoice, on one VAT category and rate. */
export const DocumentCharge = documentAmount('Le motif des frais', 'Les frais', 'Les frais doivent être d’au moins 1 centime.');
export type DocumentCharge = z.infer<typeof DocumentCharge>;
