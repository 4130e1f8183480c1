import { isCreditNote } from '@shared/invoicing/buyer-rules';
import { documentKindLabel } from '@shared/invoicing/document-kinds';
import type { InvoiceDocument, InvoiceHeader } from '@shared/invoicing/invoice-document';
import type { Address, LegalForm, Seller } from '@shared/invoicing/party';
import { hasEiMention, hasShareCapital, isIndividualEntrepreneur, registrationMention } from '@shared/invoicing/seller-mentions';
import { findUnit } from '@shared/invoicing/units';
import { formatFrenchDecimal, parseDecimal } from '@shared/money/decimal';
import { formatEuros, formatUnitPrice } from '@shared/money/euros';
import { formatShortDate } from '@shared/dates/french-dates';

/** The French wordings of the PDF that are more than a fixed label. U+00A0 keeps "n° 12" and "40 €" together. */
const NBSP = '\u00a0';
export { isCreditNote };

/** "Facture n° F-2026-0001", "Avoir n° A-2026-0001", "Facture d’acompte n° …"; a draft has no number yet. */
export function documentTitle(invoice: Pick<InvoiceHeader, 'typeCode' | 'number'>): string {
  const kind = documentKindLabel(invoice.typeCode);
  return invoice.number ? `${kind} n°${NBSP}${invoice.number}` : `${kind} (brouillon)`;
}

/** "Acompte déduit : facture d’acompte n° F-2026-0003 du 02/03/2026", one per deducted down payment. */
export function downPaymentLines(invoice: Pick<InvoiceHeader, 'downPayments'>): string[] {
  return (invoice.downPayments ?? []).map((d) => `Acompte déduit${NBSP}: facture d’acompte n°${NBSP}${d.number} du ${formatShortDate(d.issueDate)}`);
}

/** "En correction de la facture n° F-2026-0001 du 15/01/2026" (BT-25/BT-26), for a credit note. */
export function correctionLine(invoice: Pick<InvoiceHeader, 'precedingInvoice'>): string | undefined {
  const preceding = invoice.precedingInvoice;
  if (!preceding) return undefined;
  return `En correction de la facture n°${NBSP}${preceding.number} du ${formatShortDate(preceding.issueDate)}`;
}

/** The name as printed: an individual entrepreneur's name always carries "EI" (mandatory since 15 May 2022). */
export function sellerDisplayName(seller: Pick<Seller, 'legalName' | 'legalForm'>): string {
  return isIndividualEntrepreneur(seller.legalForm) && !hasEiMention(seller.legalName) ? `${seller.legalName} EI` : seller.legalName;
}

const LEGAL_FORM_LABELS: Record<LegalForm, string | undefined> = {
  'micro-entrepreneur': 'Entrepreneur individuel',
  ei: 'Entrepreneur individuel',
  eurl: 'EURL',
  sarl: 'SARL',
  sas: 'SAS',
  sasu: 'SASU',
  sa: 'SA',
  snc: 'SNC',
  association: 'Association',
  autre: undefined,
};

/** "SARL au capital de 10 000,00 €", "Entrepreneur individuel", or nothing for "autre". */
export function legalFormMention(seller: Pick<Seller, 'legalForm' | 'shareCapitalCents'>): string | undefined {
  const label = LEGAL_FORM_LABELS[seller.legalForm];
  if (label && hasShareCapital(seller.legalForm) && seller.shareCapitalCents !== undefined) {
    return `${label} au capital de ${formatEuros(seller.shareCapitalCents)}`;
  }
  return label;
}

/** "732 829 320" with non-breaking spaces, like the SIRET. */
export function formatSiren(siren: string): string {
  return siren.length === 9 ? `${siren.slice(0, 3)}${NBSP}${siren.slice(3, 6)}${NBSP}${siren.slice(6)}` : siren;
}

/** "732 829 320 00074": SIREN in groups of three, then the NIC, as INSEE prints it. */
export function formatSiret(siret: string): string {
  return siret.length === 14 ? `${siret.slice(0, 3)}${NBSP}${siret.slice(3, 6)}${NBSP}${siret.slice(6, 9)}${NBSP}${siret.slice(9)}` : siret;
}

/** "FR76 3000 6000 0112 3456 7890 189": the paper form of an IBAN, groups of four. */
export function formatIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, `$1${NBSP}`);
}

/** The footer line every page carries: who issues the invoice, under which registrations. */
export function sellerLegalLine(seller: Seller): string {
  const parts = [
    sellerDisplayName(seller),
    legalFormMention(seller),
    `SIRET${NBSP}${formatSiret(seller.siret)}`,
    registrationMention(seller),
    seller.vatNumber ? `N°${NBSP}TVA intracommunautaire${NBSP}: ${seller.vatNumber}` : undefined,
  ];
  // Each part is kept whole (no-break spaces inside): a long line wraps between parts, never inside one.
  return parts
    .filter((part): part is string => Boolean(part))
    .map((part) => part.replace(/ /g, NBSP))
    .join(' · ');
}

const regionNames = new Intl.DisplayNames(['fr'], { type: 'region' });

export function addressLines(address: Address): string[] {
  const lines = [address.line1, address.line2, address.line3].filter((line): line is string => Boolean(line));
  lines.push(`${address.postcode} ${address.city}`.trim());
  if (address.countryCode !== 'FR') lines.push(regionNames.of(address.countryCode) ?? address.countryCode);
  return lines;
}

/** "2,5 h", "12,5 kg", "1 forfait": the quantity with the unit's short symbol. */
export function quantityLabel(quantity: string, unitCode: string): string {
  const value = parseDecimal(quantity);
  const amount = value === null ? quantity : formatFrenchDecimal(value);
  const symbol = findUnit(unitCode)?.symbol;
  return symbol ? `${amount}${NBSP}${symbol}` : amount;
}

export function unitPriceLabel(unitPrice: string): string {
  const value = parseDecimal(unitPrice);
  return value === null ? unitPrice : formatUnitPrice(value);
}

/** Issue date (« Date de l’avoir » on a credit note), date of the sale, and the due date when something is paid. */
export function issueDates(doc: InvoiceDocument, dueDate: string | undefined): Array<[string, string]> {
  const credit = isCreditNote(doc.invoice);
  const rows: Array<[string, string]> = [[credit ? 'Date de l’avoir' : 'Date d’émission', formatShortDate(doc.invoice.issueDate)]];
  if (doc.invoice.deliveryDate) rows.push(['Date de vente/prestation', formatShortDate(doc.invoice.deliveryDate)]);
  if (dueDate) rows.push([credit ? 'Date de remboursement' : 'Date d’échéance', formatShortDate(dueDate)]);
  return rows;
}
