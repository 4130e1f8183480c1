import { z } from 'zod';
import { checkBic, compactBic, compactIban, checkIban } from '../identifiers/bank';
import { checkFrenchPostcode } from '../identifiers/postcode';
import { checkSiren, checkSiret, sirenOfSiret } from '../identifiers/siret';
import { checkVatNumber, compactVatNumber } from '../identifiers/vat-number';
import { frenchSpacing } from '../money/french-typography';
import { countryCode, optionalText, requiredText } from './schema-fields';

/**
 * An identifier field: the check's French message when wrong, and the stored form must be the compact
 * one (the UI compacts what the user typed; the schema has no transforms so it can become JSON Schema).
 */
const identifier = (check: (value: string) => string | null, compact: (value: string) => string, label: string) =>
  z.string().superRefine((value, ctx) => {
    const problem = check(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
    else if (compact(value) !== value) ctx.addIssue({ code: 'custom', message: `Enregistrez ${label} sans espaces, en majuscules.` });
  });

export const siretField = identifier(checkSiret, (v) => v.replace(/\D/g, ''), 'le SIRET');
export const sirenField = identifier(checkSiren, (v) => v.replace(/\D/g, ''), 'le SIREN');
export const vatNumberField = identifier(checkVatNumber, compactVatNumber, 'le numéro de TVA');
export const ibanField = identifier(checkIban, compactIban, 'l’IBAN');
export const bicField = identifier(checkBic, compactBic, 'le BIC');

export const Address = z
  .strictObject({
    line1: requiredText('L’adresse', 200),
    line2: optionalText('Le complément d’adresse', 200),
    line3: optionalText('Le complément d’adresse', 200),
    postcode: z.string().trim().max(16, { error: 'Le code postal est trop long.' }),
    city: requiredText('La ville', 100),
    countryCode,
  })
  .superRefine((address, ctx) => {
    const problem = address.countryCode === 'FR' ? checkFrenchPostcode(address.postcode) : null;
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['postcode'] });
  });
export type Address = z.infer<typeof Address>;

/** Individual entrepreneurs (a micro-entrepreneur is one) must show "EI" next to their name since 15 May 2022. */
export const LEGAL_FORMS = ['micro-entrepreneur', 'ei', 'eurl', 'sarl', 'sas', 'sasu', 'sa', 'snc', 'association', 'autre'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** The trade register line: "RCS Lyon", "RM 69", or the exemption most micro-entrepreneurs in services have. */
export const Registration = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rcs'), city: requiredText('La ville du greffe (RCS)', 100) }),
  z.strictObject({ kind: z.literal('rm'), place: requiredText('Le département du répertoire des métiers', 100) }),
  z.strictObject({ kind: z.literal('exempt') }),
]);
export type Registration = z.infer<typeof Registration>;

const email = z.email({ error: frenchSpacing('Cette adresse e-mail n’a pas la bonne forme (ex. : nom@domaine.fr).') }).max(254).optional();
const phone = optionalText('Le téléphone', 30);

/** The insurer, policy and geographic coverage of the assurance décennale of a building-trades company. */
export const DecennialInsurance = z.strictObject({
  insurer: requiredText('L’assureur de la garantie décennale', 200),
  policyNumber: requiredText('Le numéro du contrat d’assurance décennale', 100),
  coverage: requiredText('La couverture géographique de l’assurance décennale', 200),
});
export type DecennialInsurance = z.infer<typeof DecennialInsurance>;

/**
 * An electronic invoicing address of the B2B reform's directory (scheme 0225): the SIREN, optionally followed
 * by a suffix. Only letters, digits, "-", "_" and "." (BR-FR-23), at most 125 characters (BR-FR-25).
 */
export const electronicAddress = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,125}$/, { error: 'L’adresse de facturation électronique ne contient que des lettres, des chiffres, « - », « _ » et « . » (125 au plus).' });

/** The seller (BG-4). The SIREN is not stored: it is the first 9 digits of the SIRET (sirenOfSiret). */
export const Seller = z.strictObject({
  legalName: requiredText('Le nom ou la raison sociale', 200),
  tradeName: optionalText('Le nom commercial', 200),
  siret: siretField,
  vatNumber: vatNumberField.optional(),
  legalForm: z.enum(LEGAL_FORMS, { error: 'Choisissez la forme juridique.' }),
  /** Required mention for companies (capital social); integer cents. */
  shareCapitalCents: z.number().int().min(0).optional(),
  registration: Registration,
  address: Address,
  email,
  phone,
  iban: ibanField.optional(),
  bic: bicField.optional(),
  /** Franchise en base de TVA (art. 293 B du CGI): no VAT is charged, lines use category E + VATEX-FR-FRANCHISE. */
  vatFranchise: z.boolean(),
  /** Option pour le paiement de la TVA d'après les débits (CGI art. 269, 2-c): printed, and BT-8 = 5 in the XML. */
  vatOnDebits: z.boolean().optional(),
  /** Building trades: the assurance décennale must be on every invoice (code des assurances L243-2, loi 96-603 art. 22-2). */
  buildingTrades: z.boolean().optional(),
  decennialInsurance: DecennialInsurance.optional(),
  /** BT-34, the seller's electronic invoicing address (B2B reform, scheme 0225); default: the SIREN. */
  electronicAddress: electronicAddress.optional(),
});
export type Seller = z.infer<typeof Seller>;

/** A service of a public structure, as the Chorus Pro directory lists it (BT-10 takes its code). */
export const ChorusService = z.strictObject({
  code: requiredText('Le code service', 100),
  name: requiredText('Le nom du service', 200),
  active: z.boolean(),
});
export type ChorusService = z.infer<typeof ChorusService>;

/** What a public structure demands on the invoices it receives through Chorus Pro. */
export const ChorusRequirements = z.strictObject({
  serviceCodeRequired: z.boolean(),
  engagementRequired: z.boolean(),
  /** "Code service OU numéro d'engagement": at least one of the two. */
  serviceOrEngagementRequired: z.boolean(),
  services: z.array(ChorusService).max(10_000),
});
export type ChorusRequirements = z.infer<typeof ChorusRequirements>;

export const BUYER_KINDS = ['public', 'private'] as const;

/** Category of the operation (CGI annexe II art. 242 nonies A, 1-14°, décret 2022-1299): goods, services or both. */
export const OPERATION_CATEGORIES = ['goods', 'services', 'mixed'] as const;
export type OperationCategory = (typeof OPERATION_CATEGORIES)[number];

/**
 * The buyer (BG-7). A public buyer is reached through Chorus Pro and needs its SIRET (checked before issuing).
 * A company customer may be known by its SIREN only (the legal registration, BT-47 scheme 0002); when both
 * are given they must name the same company, or the invoice would carry two contradicting identifiers.
 */
export const Buyer = z
  .strictObject({
    kind: z.enum(BUYER_KINDS, { error: 'Indiquez si le client est public ou privé.' }),
    legalName: requiredText('Le nom du client', 200),
    siret: siretField.optional(),
    siren: sirenField.optional(),
    vatNumber: vatNumberField.optional(),
    address: Address,
    email,
    chorus: ChorusRequirements.optional(),
    /**
     * A private person (a consumer), not a business: no L441-10 penalties or €40 indemnity, no B2B reform
     * rules. Absent means an organisation (company, association, public body), the safe reading for data
     * saved before the distinction existed: printing a mention that does not apply is harmless, omitting one
     * that does is fined.
     */
    isPerson: z.boolean().optional(),
    /** A public health establishment: 50 days to pay instead of 30 (code de la commande publique R2192-10). */
    isPublicHospital: z.boolean().optional(),
    /** What this customer usually buys; new invoices start with it. */
    operationCategory: z.enum(OPERATION_CATEGORIES).optional(),
    /** BT-49, the customer's electronic invoicing address (scheme 0225); default: its SIREN. */
    electronicAddress: electronicAddress.optional(),
  })
  .superRefine((buyer, ctx) => {
    if (buyer.kind === 'public' && buyer.isPerson) {
      ctx.addIssue({ code: 'custom', path: ['isPerson'], message: 'Un acheteur public est une organisation, pas un particulier.' });
    }
    if (buyer.siren === undefined || buyer.siret === undefined || checkSiret(buyer.siret) !== null) return;
    if (sirenOfSiret(buyer.siret) !== buyer.siren) {
      const message = frenchSpacing(`Le SIREN doit être les 9 premiers chiffres du SIRET (${sirenOfSiret(buyer.siret)}) : corrigez l’un des deux.`);
      ctx.addIssue({ code: 'custom', path: ['siren'], message });
    }
  });
export type Buyer = z.infer<typeof Buyer>;
