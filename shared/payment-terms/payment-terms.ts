import { z } from 'zod';
import { addDays, endOfMonth, type IsoDate } from './iso-date';

/** L441-10 du code de commerce: at most 60 days after the issue date, or 45 days end of month. */
export const MAX_PAYMENT_DAYS = 60;
export const MAX_PAYMENT_DAYS_END_OF_MONTH = 45;

/**
 * The terms a company may agree with its professional customers (L441-10): the company's default terms are
 * checked against it in Réglages and in the wizard; null when within the law.
 */
export function professionalTermsProblem(terms: PaymentTerms): string | null {
  if (terms.kind === 'net' && terms.days > MAX_PAYMENT_DAYS) {
    return `Entre professionnels, le délai de paiement ne peut pas dépasser ${MAX_PAYMENT_DAYS} jours après la date de facture, ou ${MAX_PAYMENT_DAYS_END_OF_MONTH} jours fin de mois (art. L441-10 du code de commerce).`;
  }
  if (terms.kind === 'net-end-of-month' && terms.days > MAX_PAYMENT_DAYS_END_OF_MONTH) {
    return `En « jours fin de mois », le délai ne peut pas dépasser ${MAX_PAYMENT_DAYS_END_OF_MONTH} jours fin de mois (art. L441-10 du code de commerce).`;
  }
  return null;
}

const days = (min: number) =>
  z
    .number()
    .int({ error: 'Le nombre de jours doit être un nombre entier.' })
    .min(min, { error: `Le nombre de jours doit être au moins ${min}.` })
    .max(365, { error: 'Le délai de paiement ne peut pas dépasser 365 jours.' });

/**
 * How the due date follows from the issue date:
 * - net: N days after the issue date ("à 30 jours");
 * - end-of-month: the last day of the issue month ("fin de mois");
 * - net-end-of-month: N days after the issue date, then to the end of that month ("45 jours fin de mois",
 *   the reading the DGCCRF accepts and most software applies);
 * - on-receipt: due on the issue date ("à réception").
 */
export const PaymentTerms = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('net'), days: days(0) }),
  z.strictObject({ kind: z.literal('end-of-month') }),
  z.strictObject({ kind: z.literal('net-end-of-month'), days: days(1) }),
  z.strictObject({ kind: z.literal('on-receipt') }),
]);
export type PaymentTerms = z.infer<typeof PaymentTerms>;

export function computeDueDate(issueDate: IsoDate, terms: PaymentTerms): IsoDate {
  switch (terms.kind) {
    case 'net':
      return addDays(issueDate, terms.days);
    case 'end-of-month':
      return endOfMonth(issueDate);
    case 'net-end-of-month':
      return endOfMonth(addDays(issueDate, terms.days));
    case 'on-receipt':
      return issueDate;
  }
}

/** The French wording printed next to the due date (BT-20 payment terms). */
export function describePaymentTerms(terms: PaymentTerms): string {
  switch (terms.kind) {
    case 'net':
      return terms.days === 0 ? 'Paiement à réception' : `Paiement à ${terms.days} jours`;
    case 'end-of-month':
      return 'Paiement fin de mois';
    case 'net-end-of-month':
      return `Paiement à ${terms.days} jours fin de mois`;
    case 'on-receipt':
      return 'Paiement à réception';
  }
}
