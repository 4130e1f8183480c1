import { PAYMENT_MEANS, TRANSFER_MEANS_CODES, type InvoiceDocument } from '@shared/invoicing/invoice-document';
import { effectiveDueDate, effectiveIban } from '@shared/invoicing/seller-mentions';
import { computeTotals } from '@shared/invoicing/totals';
import { formatEuros } from '@shared/money/euros';
import { frenchSpacing } from '@shared/money/french-typography';
import { describePaymentTerms } from '@shared/payment-terms/payment-terms';
import { formatShortDate } from '@shared/dates/french-dates';
import { discountText, latePenaltyText, RECOVERY_INDEMNITY_TEXT, type NoteSubjectCode } from '@shared/payment-terms/legal-notes';
import { formatVatRate } from '@shared/vat/vat-rates';
import { FRANCHISE_EXEMPTION_TEXT } from '@shared/vat/vat-exemptions';
import * as label from './invoice-labels';

/**
 * Everything the PDF prints, as French strings, computed from the invoice model. The layout only places
 * these strings: the wording and the arithmetic (computeTotals, the same the XML uses) live here.
 */
export type LabelValue = [label: string, value: string];

export interface LineRow {
  description: string;
  /** "Remise (motif) : −5,00 €" under the description when the line has an allowance. */
  detail?: string;
  quantity: string;
  unitPrice: string;
  vatRate: string;
  net: string;
}

export interface TotalRow {
  label: string;
  value: string;
  /** "total" rows are bold; the final "due" row is drawn on a coloured band. */
  weight?: 'total' | 'due';
}

export interface Party {
  name: string;
  lines: string[];
}

export interface InvoiceView {
  title: string;
  correction?: string;
  dates: LabelValue[];
  seller: Party;
  buyer: Party;
  references: LabelValue[];
  showVatColumn: boolean;
  rows: LineRow[];
  totals: TotalRow[];
  vatBreakdown: Array<[rate: string, base: string, amount: string]>;
  /** Exemption texts (« TVA non applicable, art. 293 B du CGI », autoliquidation…), printed as they are. */
  vatNotes: string[];
  /** Due date, terms and means (left) and the account to pay to (right). */
  payment: LabelValue[];
  bankAccount: LabelValue[];
  mentions: string[];
  footer: string;
}

const MINUS = '\u2212';
/** French colon: a no-break space before it. */
const COLON = '\u00a0: ';

function sellerParty(doc: InvoiceDocument): Party {
  const { seller } = doc;
  const lines = seller.tradeName ? [label.sellerDisplayName(seller)] : [];
  lines.push(...label.addressLines(seller.address), `SIRET${COLON}${label.formatSiret(seller.siret)}`);
  if (seller.vatNumber) lines.push(`N°\u00a0TVA intracom.${COLON}${seller.vatNumber}`);
  if (seller.email) lines.push(seller.email);
  if (seller.phone) lines.push(`Tél.${COLON}${seller.phone}`);
  return { name: seller.tradeName ?? label.sellerDisplayName(seller), lines };
}

function buyerParty(doc: InvoiceDocument): Party {
  const { buyer } = doc;
  const lines = label.addressLines(buyer.address);
  if (buyer.siret) lines.push(`SIRET${COLON}${label.formatSiret(buyer.siret)}`);
  // The SIRET already contains the SIREN: print the SIREN only for a customer known by it alone.
  else if (buyer.siren) lines.push(`SIREN${COLON}${label.formatSiren(buyer.siren)}`);
  if (buyer.vatNumber) lines.push(`N°\u00a0TVA intracom.${COLON}${buyer.vatNumber}`);
  return { name: buyer.legalName, lines };
}

function references(doc: InvoiceDocument): LabelValue[] {
  const { invoice } = doc;
  const rows: Array<[string, string | undefined]> = [
    ['Code service', invoice.serviceCode],
    ['N° d’engagement', invoice.engagementNumber],
    ['N° de marché', invoice.marketNumber],
    ['Réf. de commande', invoice.buyerOrderReference !== invoice.engagementNumber ? invoice.buyerOrderReference : undefined],
  ];
  return rows.filter((row): row is LabelValue => Boolean(row[1]));
}

function paymentRows(doc: InvoiceDocument, dueDate: string): LabelValue[] {
  return [
    ['Échéance', formatShortDate(dueDate)],
    ['Conditions', describePaymentTerms(doc.invoice.paymentTerms)],
    ['Moyen de paiement', PAYMENT_MEANS[doc.invoice.paymentMeans.code]],
  ];
}

/** IBAN (grouped by four), BIC and holder, for a transfer only (BR-61). */
function bankAccountRows(doc: InvoiceDocument): LabelValue[] {
  const means = doc.invoice.paymentMeans;
  const iban = effectiveIban(doc);
  if (!iban || !TRANSFER_MEANS_CODES.includes(means.code)) return [];
  const rows: LabelValue[] = [['IBAN', label.formatIban(iban)]];
  const bic = means.bic ?? doc.seller.bic;
  if (bic) rows.push(['BIC', bic]);
  rows.push(['Titulaire', label.sellerDisplayName(doc.seller)]);
  return rows;
}

/** The notes of the invoice, completed with the three payment mentions the law requires if one is missing. */
function mentions(doc: InvoiceDocument): string[] {
  const notes = doc.invoice.notes;
  const has = (subject: NoteSubjectCode) => notes.some((note) => note.subject === subject);
  const texts = notes.map((note) => note.text);
  if (!has('PMD')) texts.push(latePenaltyText({ isPublicBuyer: doc.buyer.kind === 'public' }));
  if (!has('PMT')) texts.push(RECOVERY_INDEMNITY_TEXT);
  if (!has('AAB')) texts.push(discountText());
  return texts.map(frenchSpacing);
}

export function buildInvoiceView(doc: InvoiceDocument): InvoiceView {
  const { invoice, seller } = doc;
  const { lineNets, vatBreakdown, totals } = computeTotals(doc);
  const dueDate = effectiveDueDate(invoice);
  const credit = label.isCreditNote(invoice);

  const rows = doc.lines.map((line, index): LineRow => {
    const row: LineRow = {
      description: line.description,
      quantity: label.quantityLabel(line.quantity, line.unitCode),
      unitPrice: label.unitPriceLabel(line.unitPrice),
      vatRate: formatVatRate(line.vatRate),
      net: formatEuros(lineNets[index] ?? 0),
    };
    if (line.allowanceCents) row.detail = frenchSpacing(`${line.allowanceReason ?? 'Remise'} : ${MINUS}${formatEuros(line.allowanceCents)}`);
    return row;
  });

  const allowances = invoice.allowances ?? [];
  const totalRows: TotalRow[] = [{ label: allowances.length > 0 ? 'Total HT des lignes' : 'Total HT', value: formatEuros(totals.lineTotal) }];
  for (const allowance of allowances) totalRows.push({ label: allowance.reason, value: `${MINUS}${formatEuros(allowance.amountCents)}` });
  if (allowances.length > 0) totalRows.push({ label: 'Total HT après remises', value: formatEuros(totals.taxBasisTotal), weight: 'total' });
  if (!seller.vatFranchise) {
    for (const entry of vatBreakdown) {
      if (entry.category === 'S') totalRows.push({ label: `TVA ${formatVatRate(entry.rate)}`, value: formatEuros(entry.amount) });
    }
    if (!vatBreakdown.some((entry) => entry.category === 'S')) totalRows.push({ label: 'TVA', value: formatEuros(totals.taxTotal) });
  }
  totalRows.push({ label: 'Total TTC', value: formatEuros(totals.grandTotal), weight: 'total' });
  if (totals.prepaid !== 0) totalRows.push({ label: 'Déjà payé', value: `${MINUS}${formatEuros(totals.prepaid)}` });
  totalRows.push({ label: credit ? 'Montant de l’avoir' : 'Net à payer', value: formatEuros(totals.dueAmount), weight: 'due' });

  const vatNotes = [...new Set(vatBreakdown.map((entry) => entry.exemptionReason).filter((text): text is string => Boolean(text)))];
  if (seller.vatFranchise && !vatNotes.includes(FRANCHISE_EXEMPTION_TEXT)) vatNotes.unshift(FRANCHISE_EXEMPTION_TEXT);

  const view: InvoiceView = {
    title: label.documentTitle(invoice),
    dates: label.issueDates(doc, dueDate),
    seller: sellerParty(doc),
    buyer: buyerParty(doc),
    references: references(doc),
    showVatColumn: !seller.vatFranchise,
    rows,
    totals: totalRows,
    vatBreakdown: seller.vatFranchise ? [] : vatBreakdown.map((entry) => [formatVatRate(entry.rate), formatEuros(entry.base), formatEuros(entry.amount)]),
    vatNotes,
    payment: paymentRows(doc, dueDate),
    bankAccount: bankAccountRows(doc),
    mentions: mentions(doc),
    footer: label.sellerLegalLine(seller),
  };
  const correction = label.correctionLine(invoice);
  if (correction) view.correction = correction;
  return view;
}
