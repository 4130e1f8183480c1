import { z } from 'zod';

/**
 * Company categories of décret n° 2008-1354. The decree also weighs turnover and balance sheet; the app
 * only asks for the headcount, so a user whose figures put them in a larger category may declare it
 * (the declared category then wins, see calendar-profile.ts).
 */
export const COMPANY_CATEGORIES = ['micro', 'pme', 'eti', 'ge'] as const;
export const CompanyCategorySchema = z.enum(COMPANY_CATEGORIES);
export type CompanyCategory = z.infer<typeof CompanyCategorySchema>;

/** Headcount thresholds as data: the first row whose bound is above the headcount gives the category. */
const HEADCOUNT_BOUNDS: readonly { below: number; category: CompanyCategory }[] = [
  { below: 10, category: 'micro' },
  { below: 250, category: 'pme' },
  { below: 5000, category: 'eti' },
];

export function categoryFromHeadcount(headcount: number): CompanyCategory {
  if (!Number.isInteger(headcount) || headcount < 0) {
    throw new RangeError(`A headcount is a whole number of people, not ${headcount}`);
  }
  return HEADCOUNT_BOUNDS.find((row) => headcount < row.below)?.category ?? 'ge';
}

interface CategoryLabels {
  /** "une micro-entreprise": completes "Votre entreprise est …". */
  withArticle: string;
  /** "les micro-entreprises (moins de 10 salariés)": who a dated rule concerns. */
  plural: string;
  /** "Micro-entreprise": a label on its own. */
  short: string;
}

export const CATEGORY_LABELS: Readonly<Record<CompanyCategory, CategoryLabels>> = {
  micro: {
    withArticle: 'une micro-entreprise (moins de 10 salariés)',
    plural: 'les micro-entreprises (moins de 10 salariés), micro-entrepreneurs compris',
    short: 'Micro-entreprise',
  },
  pme: {
    withArticle: 'une PME (de 10 à 249 salariés)',
    plural: 'les PME (de 10 à 249 salariés)',
    short: 'PME',
  },
  eti: {
    withArticle: 'une ETI (de 250 à 4\u202f999 salariés)',
    plural: 'les entreprises de taille intermédiaire, ETI (de 250 à 4\u202f999 salariés)',
    short: 'ETI',
  },
  ge: {
    withArticle: 'une grande entreprise (5\u202f000 salariés ou plus)',
    plural: 'les grandes entreprises (5\u202f000 salariés ou plus)',
    short: 'Grande entreprise',
  },
};
