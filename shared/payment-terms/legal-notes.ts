import { frenchSpacing } from '../money/french-typography';

/**
 * The payment mentions French law requires on every invoice between professionals (code de commerce
 * L441-9, L441-10, D441-5), each one invoice note with the subject code the BR-FR rules expect:
 * PMD (late-payment penalties), PMT (the €40 indemnity), AAB (discount conditions).
 */
export const NOTE_SUBJECT_CODES = ['PMD', 'PMT', 'AAB', 'REG', 'AAI'] as const;
export type NoteSubjectCode = (typeof NOTE_SUBJECT_CODES)[number];

/** The amount must be printed: a bare reference to the article is not enough (D441-5). */
export const RECOVERY_INDEMNITY_TEXT = frenchSpacing('Indemnité forfaitaire pour frais de recouvrement : 40 €');

export const NO_DISCOUNT_TEXT = frenchSpacing('Pas d\'escompte pour paiement anticipé');

/** L441-10: without a rate in the terms of sale, the ECB refinancing rate plus 10 points applies. */
export const DEFAULT_LATE_PENALTY_TEXT = frenchSpacing(
  'Pénalités de retard : taux de refinancement de la BCE majoré de 10 points, exigibles dès le lendemain de la date d\'échéance',
);

/** Public buyers pay intérêts moratoires under the public-procurement code: the ECB rate plus 8 points. */
export const PUBLIC_BUYER_LATE_PENALTY_TEXT = frenchSpacing(
  'Intérêts moratoires en cas de retard de paiement : taux de refinancement de la BCE majoré de 8 points',
);

export interface LatePenaltyOptions {
  /** An annual rate agreed in the terms of sale, as a decimal string ("10.5"); at least 3 × the legal interest rate. */
  annualRatePercent?: string;
  isPublicBuyer?: boolean;
}

export function latePenaltyText(options: LatePenaltyOptions = {}): string {
  if (options.annualRatePercent !== undefined) {
    const rate = options.annualRatePercent.replace('.', ',');
    return frenchSpacing(`Pénalités de retard : ${rate} % par an, exigibles dès le lendemain de la date d'échéance`);
  }
  return options.isPublicBuyer ? PUBLIC_BUYER_LATE_PENALTY_TEXT : DEFAULT_LATE_PENALTY_TEXT;
}

export function discountText(conditions?: string): string {
  const trimmed = conditions?.trim();
  return trimmed ? frenchSpacing(trimmed) : NO_DISCOUNT_TEXT;
}

export interface InvoiceNote {
  subject: NoteSubjectCode;
  text: string;
}

/** The three payment notes a new invoice starts with; the user may edit the penalty rate and discount text. */
export function defaultPaymentNotes(options: LatePenaltyOptions & { discountConditions?: string } = {}): InvoiceNote[] {
  return [
    { subject: 'PMD', text: latePenaltyText(options) },
    { subject: 'PMT', text: RECOVERY_INDEMNITY_TEXT },
    { subject: 'AAB', text: discountText(options.discountConditions) },
  ];
}

/** Does a PMT note state the €40 amount (not merely cite the article)? In figures or in words (« quarante euros »). */
export function mentionsRecoveryIndemnityAmount(text: string): boolean {
  return /\b40(?:[,.]00)?[ \u00a0\u202f]?(?:€|EUR|euros?)/i.test(text) || /\bquarante[ \u00a0\u202f]+euros?\b/i.test(text);
}

/**
 * The three notes of a credit note that refunds nothing: the B2B reform's rules want a PMD, PMT and AAB note on
 * every document (BR-FR-05), but a credit note that only reduces what is owed calls for no payment, so they say
 * so instead of printing penalties nobody can owe.
 */
export const NO_PAYMENT_NOTES: readonly InvoiceNote[] = [
  { subject: 'PMD', text: frenchSpacing('Pénalités de retard : sans objet, cet avoir n\'appelle aucun paiement') },
  { subject: 'PMT', text: frenchSpacing('Indemnité forfaitaire pour frais de recouvrement : sans objet') },
  { subject: 'AAB', text: frenchSpacing('Escompte : sans objet') },
];
