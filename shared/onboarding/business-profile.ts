import { z } from 'zod';
import { CalendarProfileSchema } from '../calendar/calendar-profile';
import type { LegalForm } from '../invoicing/party';

/**
 * The wizard's first question about the legal form stays coarse on purpose: a micro-entrepreneur does not
 * need to know the company register's list to get a calendar. Réglages asks for the exact form.
 */
export const BUSINESS_LEGAL_FORMS = ['micro-entrepreneur', 'ei', 'societe'] as const;
export const BusinessLegalFormSchema = z.enum(BUSINESS_LEGAL_FORMS, {
  error: 'Choisissez votre forme juridique : micro-entrepreneur, entreprise individuelle ou société.',
});
export type BusinessLegalForm = z.infer<typeof BusinessLegalFormSchema>;

/**
 * What the first-start wizard learns about the business: the calendar's profile plus the legal form.
 * `safeExtend` keeps the calendar schema's "headcount or category" check.
 */
export const BusinessProfileSchema = CalendarProfileSchema.safeExtend({
  legalForm: BusinessLegalFormSchema,
});
export type BusinessProfileInput = z.input<typeof BusinessProfileSchema>;
export type BusinessProfile = z.output<typeof BusinessProfileSchema>;

/**
 * The company profile's legal form pre-filled from the wizard's answer; a company must still pick its
 * exact form (SARL, SAS…), so "société" gives null rather than a guess.
 */
export function companyLegalFormFor(form: BusinessLegalForm): LegalForm | null {
  switch (form) {
    case 'micro-entrepreneur':
      return 'micro-entrepreneur';
    case 'ei':
      return 'ei';
    case 'societe':
      return null;
  }
}

/** The password dates belong to the Chorus Pro settings, not to the answers: they are never stored here. */
export function storableBusinessProfile(profile: BusinessProfile): BusinessProfile {
  const { technicalPasswordSavedOn: _ignored, technicalPasswordExpiresOn: _alsoIgnored, ...rest } = profile;
  return rest;
}
