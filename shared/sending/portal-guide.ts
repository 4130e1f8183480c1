import { z } from 'zod';
import { INVOICE_TYPE_CODES, type InvoiceDocument } from '../invoicing/invoice-document';
import { effectiveDueDate } from '../invoicing/seller-mentions';
import { computeTotals } from '../invoicing/totals';
import { centsToDecimalString, formatEuros } from '../money/euros';
import { formatShortDate } from '../dates/french-dates';

/**
 * The guided deposit on the Chorus Pro portal (issue 11): which file for which portal mode, and the values
 * the portal's form asks for, each ready to copy. Chorus Pro's form takes amounts as plain decimals with a
 * comma ("136,50", no thousands separator, no "€"), dates as JJ/MM/AAAA.
 */
export const PortalValueSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** Exactly what the copy button puts on the clipboard. */
  copyText: z.string(),
  /** How the screen shows it. */
  display: z.string(),
});
export type PortalValue = z.infer<typeof PortalValueSchema>;

export const PortalGuideSchema = z.object({
  invoiceId: z.number().int(),
  number: z.string(),
  typeCode: z.enum(INVOICE_TYPE_CODES),
  /** « Facture », « Facture d’acompte » or « Avoir »: what the piece is (UNTDID 1001 380, 386, 381). */
  pieceLabel: z.string(),
  values: z.array(PortalValueSchema),
  portalUrl: z.string(),
  /** The file for a unit deposit in PDF mode (the plain PDF), and for a batch (the Factur-X). */
  unitFileName: z.string(),
  /** The plain PDF exists for this piece (made at issue time; pieces issued before it came have none). */
  isUnitFileAvailable: z.boolean(),
  batchFileName: z.string(),
});
export type PortalGuide = z.infer<typeof PortalGuideSchema>;

/** Cadre de facturation A1: a supplier's invoice (chorus-pro-api.md §3.3), what a micro-entrepreneur uses. */
export const DEFAULT_FRAME = { code: 'A1', label: 'A1 – Dépôt par un fournisseur d’une facture' } as const;

export const PORTAL_URLS = {
  production: 'https://portail.chorus-pro.gouv.fr/',
  qualification: 'https://qualif.chorus-pro.gouv.fr/',
} as const;

/** "1234,56": what a number field accepts when pasted, unlike "1 234,56 €". */
export function portalAmount(cents: number): string {
  return centsToDecimalString(cents).replace('.', ',');
}

function value(key: string, label: string, copyText: string, display = copyText): PortalValue {
  return { key, label, copyText, display };
}

export function portalValues(doc: InvoiceDocument): PortalValue[] {
  const { totals } = computeTotals(doc);
  const invoice = doc.invoice;
  const isCreditNote = invoice.typeCode === '381';
  const values: PortalValue[] = [
    value('buyerSiret', 'SIRET du destinataire', doc.buyer.siret ?? ''),
    value('serviceCode', 'Code service', invoice.serviceCode ?? ''),
    value('engagementNumber', 'N° d’engagement', invoice.engagementNumber ?? ''),
    value('number', isCreditNote ? 'N° de l’avoir' : 'N° de facture', invoice.number ?? ''),
    value('issueDate', isCreditNote ? 'Date de l’avoir' : 'Date de facture', formatShortDate(invoice.issueDate)),
  ];
  if (!isCreditNote) values.push(value('dueDate', 'Date d’échéance', formatShortDate(effectiveDueDate(invoice))));
  if (isCreditNote && invoice.precedingInvoice) values.push(value('precedingNumber', 'N° de la facture d’origine', invoice.precedingInvoice.number));
  values.push(
    value('netAmount', 'Montant HT', portalAmount(totals.taxBasisTotal), formatEuros(totals.taxBasisTotal)),
    value('vatAmount', 'Montant TVA', portalAmount(totals.taxTotal), formatEuros(totals.taxTotal)),
    value('totalAmount', 'Montant TTC', portalAmount(totals.grandTotal), formatEuros(totals.grandTotal)),
    value('frame', 'Cadre de facturation', DEFAULT_FRAME.code, DEFAULT_FRAME.label),
  );
  // A value the invoice does not carry is not asked (an engagement number the buyer does not demand).
  return values.filter((v) => v.copyText !== '');
}
