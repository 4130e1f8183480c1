import { addDays, compareIsoDates, endOfMonth, formatFrenchDate } from '../payment-terms/iso-date';
import { computeDueDate, describePaymentTerms, MAX_PAYMENT_DAYS, MAX_PAYMENT_DAYS_END_OF_MONTH } from '../payment-terms/payment-terms';
import { expectsPayment, isPersonBuyer } from './buyer-rules';
import type { CheckContext } from './check-context';
import { error, type Finding } from './findings';

/** Public buyers pay within 30 days, public health establishments within 50 (code de la commande publique R2192-10). */
export const PUBLIC_PAYMENT_DAYS = 30;
export const PUBLIC_HOSPITAL_PAYMENT_DAYS = 50;

/**
 * The legal maximum payment terms, as a blocking finding that names the limit, and a typed due date that
 * must agree with the stated terms (both are printed: they may never contradict each other).
 * - between professionals (L441-10 I du code de commerce): 60 days after the issue date, or 45 days end of month;
 * - public buyers (R2192-10 du code de la commande publique): 30 days, 50 for a public hospital;
 * - a private person: no legal maximum.
 */
export function checkPaymentTerms({ doc }: CheckContext): Finding[] {
  const { buyer, invoice } = doc;
  if (!expectsPayment(invoice) || invoice.typeCode === '381') return [];
  const found: Finding[] = [];
  const terms = invoice.paymentTerms;
  const fromTerms = computeDueDate(invoice.issueDate, terms);

  if (invoice.dueDate !== undefined && invoice.dueDate !== fromTerms) {
    found.push(
      error(
        'due-date-terms-conflict',
        'invoice.dueDate',
        `L'échéance saisie (${formatFrenchDate(invoice.dueDate)}) ne correspond pas aux conditions « ${describePaymentTerms(terms)} », qui la placent au ${formatFrenchDate(fromTerms)} : corrigez l'une ou l'autre.`,
      ),
    );
  }
  if (isPersonBuyer(buyer)) return found;

  if (buyer.kind === 'public') {
    const days = buyer.isPublicHospital ? PUBLIC_HOSPITAL_PAYMENT_DAYS : PUBLIC_PAYMENT_DAYS;
    const who = buyer.isPublicHospital ? "d'un établissement public de santé" : "d'un acheteur public";
    const limit = `${days} jours ${who} (art. R2192-10 du code de la commande publique)`;
    const latest = addDays(invoice.issueDate, days);
    if (compareIsoDates(fromTerms, latest) > 0) {
      found.push(error('payment-terms-too-long', 'invoice.paymentTerms', `« ${describePaymentTerms(terms)} » dépasse le délai de paiement de ${limit} : choisissez ${days} jours au plus.`));
    } else if (invoice.dueDate !== undefined && compareIsoDates(invoice.dueDate, latest) > 0) {
      found.push(error('due-date-too-late', 'invoice.dueDate', `L'échéance dépasse le délai de paiement de ${limit}.`));
    }
    return found;
  }

  const tooLong =
    (terms.kind === 'net' && terms.days > MAX_PAYMENT_DAYS) || (terms.kind === 'net-end-of-month' && terms.days > MAX_PAYMENT_DAYS_END_OF_MONTH);
  const limit = `${MAX_PAYMENT_DAYS} jours après la date de facture ou ${MAX_PAYMENT_DAYS_END_OF_MONTH} jours fin de mois (art. L441-10 du code de commerce)`;
  if (tooLong) {
    found.push(error('payment-terms-too-long', 'invoice.paymentTerms', `« ${describePaymentTerms(terms)} » dépasse le délai maximal entre professionnels : ${limit}.`));
  } else if (invoice.dueDate !== undefined) {
    const latest = [addDays(invoice.issueDate, MAX_PAYMENT_DAYS), endOfMonth(addDays(invoice.issueDate, MAX_PAYMENT_DAYS_END_OF_MONTH))].sort().at(-1) as string;
    if (compareIsoDates(invoice.dueDate, latest) > 0) {
      found.push(error('due-date-too-late', 'invoice.dueDate', `L'échéance dépasse le délai maximal entre professionnels : ${limit}.`));
    }
  }
  return found;
}
