import { buyerSiren, expectsPayment, isCreditNote, isPersonBuyer, needsPaymentMentions, OPERATION_CATEGORY_LABELS, settlementText } from '@shared/invoicing/buyer-rules';
import { PAYMENT_MEANS, TRANSFER_MEANS_CODES, type InvoiceDocument } from '@shared/invoicing/invoice-document';
import { effectiveDueDate, effectiveIban } from '@shared/invoicing/seller-mentions';
import { computeTotals } from '@shared/invoicing/totals';
import { formatEuros } from '@shared/money/euros';
import { frenchSpacing } from '@shared/money/french-typography';
import { formatFrenchDate } from '@shared/payment-terms/iso-date';
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
  /** The invoice a credit note corrects, the down payments a final invoice deducts. */
  correction: string[];
  dates: LabelValue[];
  seller: Party;
  buyer: Party;
  references: LabelValue[];
  /** BG-15, when the goods go (or the service is done) elsewhere than the buyer's address. */
  deliveryAddress: string[];
  showVatColumn: boolean;
  rows: LineRow[];
  totals: TotalRow[];
  vatBreakdown: Array<[rate: string, base: string, amount: string]>;
  /** Exemption texts (« TVA non applicable, art. 293 B du CGI », autoliquidation…), printed as they are. */
  vatNotes: string[];
  /** Due date, terms and means (left) and the account to pay to (right); empty when nothing is to be paid. */
  payment: LabelValue[];
  bankAccount: LabelValue[];
  /** BT-20 when nothing is paid (a credit note that only reduces the invoice): printed as a sentence. */
  settlementNote?: string;
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
  // The buyer's SIREN is a mention of its own (CGI ann. II art. 242 nonies A, décret 2022-1299), also when the
  // SIRET (which contains it) is known; a public buyer's SIRET routes the invoice in Chorus Pro.
  if (buyer.siret) lines.push(`SIRET${COLON}${label.formatSiret(buyer.siret)}`);
  const siren = isPersonBuyer(buyer) ? undefined : buyerSiren(buyer);
  if (siren && buyer.kind !== 'public') lines.push(`SIREN${COLON}${label.formatSiren(siren)}`);
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
    ['Opération', invoice.operationCategory ? OPERATION_CATEGORY_LABELS[invoice.operationCategory] : undefined],
  ];
  return rows.filter((row): row is LabelValue => Boolean(row[1]));
}

/** The same BT-20 wording as the XML (settlementText); a credit note states how the customer is refunded. */
function paymentRows(doc: InvoiceDocument, dueDate: string | undefined): LabelValue[] {
  const means = doc.invoice.paymentMeans;
  if (dueDate === undefined || means === undefined) return [];
  if (isCreditNote(doc.invoice)) return [['Remboursement', settlementText(doc.invoice)], ['Date', formatFrenchDate(dueDate)]];
  return [
    ['Échéance', formatFrenchDate(dueDate)],
    ['Conditions', settlementText(doc.invoice)],
    ['Moyen de paiement', PAYMENT_MEANS[means.code]],
  ];
}

/** IBAN (grouped by four), BIC and holder, for a transfer to the seller only (BR-61). */
function bankAccountRows(doc: InvoiceDocument): LabelValue[] {
  const means = doc.invoice.paymentMeans;
  const iban = effectiveIban(doc);
  if (!iban || !means || isCreditNote(doc.invoice) || !TRANSFER_MEANS_CODES.includes(means.code)) return [];
  const rows: LabelValue[] = [['IBAN', label.formatIban(iban)]];
  const bic = means.bic ?? doc.seller.bic;
  if (bic) rows.push(['BIC', bic]);
  rows.push(['Titulaire', label.sellerDisplayName(doc.seller)]);
  return rows;
}

/**
 * The notes of the invoice exactly as the XML carries them (no re-typesetting: the printed text is the
 * XML text), completed with a payment mention the law requires only when one is missing.
 */
function mentions(doc: InvoiceDocument): string[] {
  const notes = doc.invoice.notes;
  const has = (subject: NoteSubjectCode) => notes.some((note) => note.subject === subject);
  const texts = notes.map((note) => note.text);
  if (!needsPaymentMentions(doc)) return texts;
  if (!has('PMD')) texts.push(latePenaltyText({ isPublicBuyer: doc.buyer.kind === 'public' }));
  if (!has('PMT')) texts.push(RECOVERY_INDEMNITY_TEXT);
  if (!has('AAB')) texts.push(discountText());
  return texts;
}

/** « Option pour le paiement de la TVA d’après les débits » (CGI art. 242 nonies A, 13°), BT-8 in the XML. */
export const VAT_ON_DEBITS_TEXT = frenchSpacing('Option pour le paiement de la TVA d\'après les débits');

export function buildInvoiceView(doc: InvoiceDocument): InvoiceView {
  const { invoice, seller } = doc;
  const { lineNets, vatBreakdown, totals } = computeTotals(doc);
  const dueDate = expectsPayment(invoice) ? effectiveDueDate(invoice) : undefined;
  const credit = isCreditNote(invoice);

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
  const totalRows: TotalRow[] = [{ label: allowances.length + (invoice.charges ?? []).length > 0 ? 'Total HT des lignes' : 'Total HT', value: formatEuros(totals.lineTotal) }];
  const charges = invoice.charges ?? [];
  for (const allowance of allowances) totalRows.push({ label: allowance.reason, value: `${MINUS}${formatEuros(allowance.amountCents)}` });
  for (const charge of charges) totalRows.push({ label: charge.reason, value: formatEuros(charge.amountCents) });
  if (allowances.length + charges.length > 0) {
    totalRows.push({ label: charges.length === 0 ? 'Total HT après remises' : 'Total HT', value: formatEuros(totals.taxBasisTotal), weight: 'total' });
  }
  if (!seller.vatFranchise) {
    const perRate = vatBreakdown.filter((entry) => entry.category === 'S');
    for (const entry of perRate) totalRows.push({ label: `TVA ${formatVatRate(entry.rate)}`, value: formatEuros(entry.amount) });
    // BT-110 is printed whenever it is not the single per-rate line above.
    if (perRate.length !== 1) totalRows.push({ label: 'Total TVA', value: formatEuros(totals.taxTotal) });
  }
  totalRows.push({ label: 'Total TTC', value: formatEuros(totals.grandTotal), weight: 'total' });
  if (totals.prepaid !== 0) totalRows.push({ label: 'Déjà payé', value: `${MINUS}${formatEuros(totals.prepaid)}` });
  totalRows.push({ label: credit ? 'Montant de l’avoir' : 'Net à payer', value: formatEuros(totals.dueAmount), weight: 'due' });

  const vatNotes = [...new Set(vatBreakdown.map((entry) => entry.exemptionReason).filter((text): text is string => Boolean(text)))];
  if (seller.vatFranchise && !vatNotes.includes(FRANCHISE_EXEMPTION_TEXT)) vatNotes.unshift(FRANCHISE_EXEMPTION_TEXT);
  if (seller.vatOnDebits && !seller.vatFranchise) vatNotes.push(VAT_ON_DEBITS_TEXT);

  const correction = [label.correctionLine(invoice), ...label.downPaymentLines(invoice)].filter((line): line is string => line !== undefined);
  const view: InvoiceView = {
    title: label.documentTitle(invoice),
    correction,
    dates: label.issueDates(doc, dueDate),
    seller: sellerParty(doc),
    buyer: buyerParty(doc),
    references: references(doc),
    deliveryAddress: invoice.deliveryAddress ? label.addressLines(invoice.deliveryAddress) : [],
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
  if (dueDate === undefined) view.settlementNote = settlementText(invoice);
  return view;
}
