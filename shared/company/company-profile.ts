import { z } from 'zod';
import { checkBic, checkIban, compactBic, compactIban } from '../identifiers/bank';
import { checkSiret, compactIdentifier } from '../identifiers/siret';
import { checkVatNumber, compactVatNumber } from '../identifiers/vat-number';
import { electronicAddress, LEGAL_FORMS, OPERATION_CATEGORIES, Registration } from '../invoicing/party';
import { checkNumberPattern, DEFAULT_CREDIT_NOTE_PATTERN, DEFAULT_INVOICE_PATTERN } from '../numbering/number-pattern';
import { PaymentTerms, professionalTermsProblem } from '../payment-terms/payment-terms';
import { optionalText as invoiceOptionalText, requiredText } from '../invoicing/schema-fields';

/** Optional in the form, stored as '' when empty (the company profile has no undefined fields). */
const optionalText = (label: string, max: number) => invoiceOptionalText(label, max).default('');

/** An identifier typed with spaces or in lower case: stored compact, checked with its own French message. */
const optionalIdentifier = (compact: (value: string) => string, check: (value: string) => string | null) =>
  z
    .string()
    .default('')
    .transform(compact)
    .superRefine((value, ctx) => {
      const problem = value === '' ? null : check(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

const numberPattern = (fallback: string) =>
  z
    .string()
    .trim()
    .default(fallback)
    .superRefine((value, ctx) => {
      const problem = checkNumberPattern(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/**
 * The seller's identity and invoicing defaults, as typed in Réglages and in the first-start wizard. Only
 * name, SIRET and address are needed to save; what invoices also need (legal form, registration...) is
 * asked for by the pre-issue checks when missing, so the user is never blocked here.
 */
export const CompanyProfileInputSchema = z.object({
  legalName: requiredText('La raison sociale', 200),
  tradeName: optionalText('Le nom commercial', 200),
  siret: z
    .string()
    .transform((value) => compactIdentifier(value))
    .superRefine((value, ctx) => {
      const problem = checkSiret(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  addressLine1: requiredText('L’adresse', 200),
  addressLine2: optionalText('Le complément d’adresse', 200),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, { error: 'Le code postal compte 5 chiffres.' }),
  city: requiredText('La ville', 100),
  legalForm: z.enum(LEGAL_FORMS, { error: 'Choisissez la forme juridique.' }).nullable().default(null),
  vatFranchise: z.boolean().default(false),
  vatNumber: optionalIdentifier(compactVatNumber, checkVatNumber),
  registration: Registration.nullable().default(null),
  shareCapitalCents: z.number().int().min(0).nullable().default(null),
  email: z.union([z.literal(''), z.email({ error: 'Cette adresse e-mail n’a pas la bonne forme (ex. : nom@domaine.fr).' })]).default(''),
  phone: optionalText('Le téléphone', 30),
  iban: optionalIdentifier(compactIban, checkIban),
  bic: optionalIdentifier(compactBic, checkBic),
  invoiceNumberPattern: numberPattern(DEFAULT_INVOICE_PATTERN),
  /** Credit notes in their own series (A-2026-0001) or in the invoices' one. */
  creditNoteSeries: z.enum(['own', 'same']).default('own'),
  creditNoteNumberPattern: numberPattern(DEFAULT_CREDIT_NOTE_PATTERN),
  defaultPaymentTerms: PaymentTerms.default({ kind: 'net', days: 30 }).superRefine((terms, ctx) => {
    const problem = professionalTermsProblem(terms);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  /** What the company usually sells: goods, services or both (the category printed on its invoices). */
  defaultOperationCategory: z.enum(OPERATION_CATEGORIES).nullable().default(null),
  /** Option pour le paiement de la TVA d'après les débits (printed on every invoice when chosen). */
  vatOnDebits: z.boolean().default(false),
  /** Building trades: the assurance décennale goes on every invoice. */
  buildingTrades: z.boolean().default(false),
  decennialInsurer: optionalText('L’assureur de la garantie décennale', 200),
  decennialPolicyNumber: optionalText('Le numéro du contrat d’assurance décennale', 100),
  decennialCoverage: optionalText('La couverture géographique de l’assurance décennale', 200),
  /** BT-34, the company's electronic invoicing address (B2B reform); empty: its SIREN. */
  electronicAddress: z.union([z.literal(''), electronicAddress]).default(''),
  /** An annual late-penalty rate agreed in the terms of sale ("10,5"); empty: the legal default text. */
  latePenaltyRatePercent: z
    .string()
    .trim()
    .default('')
    .transform((value) => value.replace(',', '.'))
    .refine((value) => value === '' || /^\d{1,2}(\.\d{1,2})?$/.test(value), { error: 'Indiquez un taux comme 10,5 (en %).' }),
  discountConditions: optionalText('Les conditions d’escompte', 300),
});
export type CompanyProfileInput = z.input<typeof CompanyProfileInputSchema>;
export type CompanyProfileFields = z.output<typeof CompanyProfileInputSchema>;

export const CompanyProfileSchema = CompanyProfileInputSchema.extend({
  id: z.number().int().positive(),
  hasLogo: z.boolean(),
  updatedAt: z.string(),
});
export type CompanyProfile = z.infer<typeof CompanyProfileSchema>;

/** The fields beyond name, SIRET and address, stored together as JSON (migration 3). */
export const COMPANY_DETAIL_KEYS = [
  'tradeName',
  'legalForm',
  'vatFranchise',
  'vatNumber',
  'registration',
  'shareCapitalCents',
  'email',
  'phone',
  'iban',
  'bic',
  'invoiceNumberPattern',
  'creditNoteSeries',
  'creditNoteNumberPattern',
  'defaultPaymentTerms',
  'latePenaltyRatePercent',
  'discountConditions',
  'defaultOperationCategory',
  'vatOnDebits',
  'buildingTrades',
  'decennialInsurer',
  'decennialPolicyNumber',
  'decennialCoverage',
  'electronicAddress',
] as const satisfies ReadonlyArray<keyof CompanyProfileFields>;

export const CompanyDetailsSchema = CompanyProfileInputSchema.pick(
  Object.fromEntries(COMPANY_DETAIL_KEYS.map((key) => [key, true])) as { [K in (typeof COMPANY_DETAIL_KEYS)[number]]: true },
);
