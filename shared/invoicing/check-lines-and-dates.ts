import { parseDecimal } from '../money/decimal';
import { checkIban } from '../identifiers/bank';
import { compareIsoDates, formatFrenchDate, isIsoDate } from '../payment-terms/iso-date';
import { checkVatCombination } from '../vat/vat-choices';
import type { CheckContext } from './check-context';
import { error, warning, type Finding } from './findings';
import { TRANSFER_MEANS_CODES } from './invoice-document';
import { grossAmountMagnitude } from './invoice-line';
import { MAX_LINE_AMOUNT_CENTS } from './schema-fields';
import { effectiveDueDate, effectiveIban } from './seller-mentions';

/** Lines, amounts, dates, references and payment means: rules that hold for every buyer. */
export function checkLines({ doc }: CheckContext): Finding[] {
  if (doc.lines.length === 0) return [error('lines-empty', 'lines', 'Ajoutez au moins une ligne à la facture.')];
  return doc.lines.flatMap((line, index): Finding[] => {
    const at = `lines.${index}`;
    const quantity = parseDecimal(line.quantity);
    const price = parseDecimal(line.unitPrice);
    const found: Finding[] = [];
    if (quantity === null) found.push(error('line-amount-invalid', `${at}.quantity`, `Ligne ${index + 1} : la quantité « ${line.quantity} » n'est pas un nombre (4 décimales au plus).`));
    else if (quantity === 0n) found.push(error('line-quantity-zero', `${at}.quantity`, `Ligne ${index + 1} : la quantité est nulle. Indiquez la quantité vendue ou supprimez la ligne.`));
    if (price === null || price < 0n) found.push(error('line-amount-invalid', `${at}.unitPrice`, `Ligne ${index + 1} : le prix unitaire « ${line.unitPrice} » doit être un nombre positif (4 décimales au plus).`));
    const magnitude = grossAmountMagnitude(line.quantity, line.unitPrice);
    if (magnitude !== null && magnitude > BigInt(MAX_LINE_AMOUNT_CENTS)) {
      found.push(error('line-amount-invalid', `${at}.quantity`, `Ligne ${index + 1} : le montant dépasse 10 milliards d'euros. Vérifiez la quantité et le prix.`));
    }
    const vatProblem = checkVatCombination(line.vatCategory, line.vatRate, line.vatExemptionCode);
    if (vatProblem) found.push(error('line-vat-invalid', `${at}.vatRate`, `Ligne ${index + 1} : ${vatProblem}`));
    return found;
  });
}

export function checkAmounts({ totals }: CheckContext): Finding[] {
  if (!totals) return [];
  const found: Finding[] = [];
  const { grandTotal, prepaid } = totals.totals;
  if (grandTotal < 0) found.push(warning('negative-total', 'lines', 'Le total est négatif : pour rembourser ou annuler, émettez plutôt un avoir.'));
  if (prepaid > Math.max(grandTotal, 0)) found.push(warning('prepaid-exceeds-total', 'invoice.prepaidCents', 'Le montant déjà payé dépasse le total de la facture : vérifiez l\'acompte.'));
  return found;
}

export function checkDates({ doc, today }: CheckContext): Finding[] {
  const { invoice } = doc;
  const found: Finding[] = [];
  if (compareIsoDates(invoice.issueDate, today) > 0) {
    found.push(error('issue-date-in-future', 'invoice.issueDate', `La date de facture (${formatFrenchDate(invoice.issueDate)}) est dans le futur : une facture se date du jour où elle est émise.`));
  }
  const dueDate = effectiveDueDate(invoice);
  if (compareIsoDates(dueDate, invoice.issueDate) < 0) {
    found.push(error('due-date-before-issue-date', 'invoice.dueDate', 'La date d\'échéance précède la date de facture : corrigez l\'échéance ou les conditions de paiement.'));
  }
  if (invoice.deliveryDate === undefined) {
    found.push(warning('delivery-date-missing', 'invoice.deliveryDate', 'Indiquez la date de la vente ou de la prestation : c\'est une mention obligatoire, même si elle est celle de la facture.'));
  }
  return found;
}

export function checkReferences({ doc }: CheckContext): Finding[] {
  const { invoice } = doc;
  const found: Finding[] = [];
  const preceding = invoice.precedingInvoice;
  if (invoice.typeCode === '381' && (!preceding || preceding.number.trim() === '' || !isIsoDate(preceding.issueDate))) {
    found.push(error('credit-note-reference-missing', 'invoice.precedingInvoice', 'Un avoir doit citer la facture qu\'il corrige : indiquez son numéro et sa date.'));
  }
  const means = invoice.paymentMeans;
  if (means === undefined && invoice.typeCode !== '381') {
    found.push(error('field-invalid', 'invoice.paymentMeans', 'Choisissez le moyen de paiement.'));
  }
  if (means?.code === '42' && invoice.typeCode !== '381') {
    found.push(error('field-invalid', 'invoice.paymentMeans', '« Virement sur votre compte » sert aux remboursements : pour être payé par virement, choisissez « Virement ».'));
  }
  if (means !== undefined && invoice.typeCode === '381' && TRANSFER_MEANS_CODES.includes(means.code)) {
    found.push(error('refund-means-invalid', 'invoice.paymentMeans', 'Un remboursement par virement se fait sur le compte du client : choisissez « Virement sur votre compte », un chèque ou des espèces.'));
  }
  const engagement = invoice.engagementNumber?.trim();
  const order = invoice.buyerOrderReference?.trim();
  if (engagement && order && engagement !== order) {
    found.push(error('order-reference-conflict', 'invoice.buyerOrderReference', 'La facture ne peut porter qu\'une référence de commande : le numéro d\'engagement et la référence de commande diffèrent. Gardez-en un seul.'));
  }
  if (means !== undefined && invoice.typeCode !== '381' && TRANSFER_MEANS_CODES.includes(means.code)) {
    const iban = effectiveIban(doc);
    const problem = iban === undefined ? null : checkIban(iban);
    if (iban === undefined || problem) {
      const field = means.iban === undefined ? 'seller.iban' : 'invoice.paymentMeans.iban';
      found.push(error('payment-iban-missing', field, problem ?? 'Vous êtes payé par virement : indiquez votre IBAN (dans votre profil ou sur la facture).'));
    }
  }
  return found;
}
