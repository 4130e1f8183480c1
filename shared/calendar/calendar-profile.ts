import { z } from 'zod';
import { CompanyCategorySchema, categoryFromHeadcount, type CompanyCategory } from './company-category';
import { IsoDateSchema } from '../dates/date-schema';

export const SALES_CHANNELS = ['publicBuyers', 'companies', 'individuals'] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];

/** "aux acheteurs publics": completes "vos ventes …" in the reasons the engine gives. */
export const SALES_CHANNEL_LABELS: Readonly<Record<SalesChannel, string>> = {
  publicBuyers: 'aux acheteurs publics (mairies, CCAS, écoles, hôpitaux, services de l’État)',
  companies: 'aux entreprises',
  individuals: 'aux particuliers',
};

/**
 * What the first-start wizard learns about the business. Either the headcount or the category is
 * enough; both may be given when the decree's turnover or balance-sheet test puts the company in a
 * larger category than its headcount alone.
 */
export const CalendarProfileSchema = z
  .object({
    headcount: z
      .number()
      .int({ error: 'L’effectif est un nombre entier de salariés.' })
      .min(0, { error: 'L’effectif ne peut pas être négatif.' })
      .optional(),
    category: CompanyCategorySchema.optional(),
    vatFranchise: z.boolean(),
    sellsTo: z.object({
      publicBuyers: z.boolean(),
      companies: z.boolean(),
      individuals: z.boolean(),
    }),
    /** Lets the texts say "depuis la création de votre entreprise" rather than a date before it existed. */
    creationDate: IsoDateSchema.optional(),
    /** When the Chorus Pro technical password was last saved; adds the renewal deadline to the calendar. */
    technicalPasswordSavedOn: IsoDateSchema.optional(),
    /** The expiry Chorus Pro reported for that password, when it did: it wins over the 424-day count. */
    technicalPasswordExpiresOn: IsoDateSchema.optional(),
  })
  .refine((profile) => profile.headcount !== undefined || profile.category !== undefined, {
    error: 'Indiquez l’effectif ou la catégorie de l’entreprise.',
    path: ['headcount'],
  });

export type CalendarProfile = z.input<typeof CalendarProfileSchema>;

export interface ResolvedCategory {
  category: CompanyCategory;
  /** 'declared' when the user chose the category, so the UI can say where it came from. */
  origin: 'declared' | 'headcount';
}

export function resolveCategory(profile: Pick<CalendarProfile, 'headcount' | 'category'>): ResolvedCategory {
  if (profile.category !== undefined) return { category: profile.category, origin: 'declared' };
  if (profile.headcount !== undefined) return { category: categoryFromHeadcount(profile.headcount), origin: 'headcount' };
  throw new RangeError('A calendar profile needs a headcount or a category');
}
