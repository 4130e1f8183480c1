import { z } from 'zod';
import { checkSiret, compactIdentifier } from '../identifiers/siret';

const requiredText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: `${label} est obligatoire.` })
    .max(max, { error: `${label} ne doit pas dépasser ${max} caractères.` });

/** The seller's identity as typed in Réglages; the SIRET is stored without spaces. */
export const CompanyProfileInputSchema = z.object({
  legalName: requiredText('La raison sociale', 200),
  siret: z
    .string()
    .transform((value) => compactIdentifier(value))
    .superRefine((value, ctx) => {
      const problem = checkSiret(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  addressLine1: requiredText('L’adresse', 200),
  addressLine2: z.string().trim().max(200).default(''),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, { error: 'Le code postal compte 5 chiffres.' }),
  city: requiredText('La ville', 100),
});
export type CompanyProfileInput = z.input<typeof CompanyProfileInputSchema>;

export const CompanyProfileSchema = CompanyProfileInputSchema.extend({
  id: z.number().int().positive(),
  updatedAt: z.string(),
});
export type CompanyProfile = z.infer<typeof CompanyProfileSchema>;
