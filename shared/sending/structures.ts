import { z } from 'zod';
import { ChorusRequirements } from '../invoicing/party';

/** A public structure found online in Chorus Pro (by SIRET or by name). */
export const StructureCandidateSchema = z.object({ idStructureCPP: z.number().int(), siret: z.string(), name: z.string() });

export const StructureSearchInputSchema = z
  .object({
    siret: z.string().trim().regex(/^\d{14}$/, { error: 'Un SIRET compte 14 chiffres.' }).optional(),
    name: z.string().trim().min(3, { error: 'Tapez au moins 3 lettres du nom.' }).max(100).optional(),
  })
  .refine((input) => input.siret !== undefined || input.name !== undefined, { error: 'Indiquez un SIRET ou un nom.', path: ['siret'] });

/** What Chorus Pro said about a customer, when, and the rules copied onto the customer. */
export const CustomerStructureSchema = z.object({
  customerId: z.number().int(),
  idStructureCPP: z.number().int(),
  siret: z.string(),
  name: z.string(),
  requirements: ChorusRequirements,
  /** Chorus Pro never reports « Mise en paiement » for this buyer: mark it paid by hand. */
  isPaymentNotReported: z.boolean(),
  fetchedAt: z.string(),
});
export type CustomerStructure = z.infer<typeof CustomerStructureSchema>;

/** What Chorus Pro's structure parameters demand, by OCA's decision table (chorus-pro-api.md §2.7). */
export function requirementsOf(flags: { codeServiceDoitEtreRenseigne?: boolean | undefined; numeroEJDoitEtreRenseigne?: boolean | undefined; gestionNumeroEJOuCodeService?: boolean | undefined }) {
  const isEither = flags.gestionNumeroEJOuCodeService === true;
  return {
    serviceCodeRequired: !isEither && flags.codeServiceDoitEtreRenseigne === true,
    engagementRequired: !isEither && flags.numeroEJDoitEtreRenseigne === true,
    serviceOrEngagementRequired: isEither,
  };
}
