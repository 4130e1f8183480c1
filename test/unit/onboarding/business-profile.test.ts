import { describe, expect, it } from 'vitest';
import { installFrenchValidationMessages } from '@shared/validation/zod-french';
import {
  BusinessProfileSchema,
  companyLegalFormFor,
  storableBusinessProfile,
} from '@shared/onboarding/business-profile';

installFrenchValidationMessages();

const mairieSupplier = {
  headcount: 0,
  legalForm: 'micro-entrepreneur',
  vatFranchise: true,
  sellsTo: { publicBuyers: true, companies: false, individuals: true },
} as const;

describe('BusinessProfileSchema', () => {
  it('accepts the answers of a micro-entrepreneur selling to a town hall', () => {
    expect(BusinessProfileSchema.parse(mairieSupplier)).toEqual(mairieSupplier);
  });

  it('keeps the calendar rule "headcount or category", in French', () => {
    const { headcount: _omitted, ...withoutSize } = mairieSupplier;
    const parsed = BusinessProfileSchema.safeParse(withoutSize);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Indiquez l’effectif ou la catégorie de l’entreprise.');
  });

  it.each([
    [{ ...mairieSupplier, headcount: -1 }, 'L’effectif ne peut pas être négatif.'],
    [{ ...mairieSupplier, headcount: 2.5 }, 'L’effectif est un nombre entier de salariés.'],
    [{ ...mairieSupplier, legalForm: 'sarl' }, 'Choisissez votre forme juridique : micro-entrepreneur, entreprise individuelle ou société.'],
  ])('refuses %j with a French message', (input, message) => {
    const parsed = BusinessProfileSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(message);
  });
});

describe('companyLegalFormFor', () => {
  it('pre-fills the exact form for individuals, nothing for a company that must choose', () => {
    expect(companyLegalFormFor('micro-entrepreneur')).toBe('micro-entrepreneur');
    expect(companyLegalFormFor('ei')).toBe('ei');
    expect(companyLegalFormFor('societe')).toBeNull();
  });
});

describe('storableBusinessProfile', () => {
  it('drops the password date, which belongs to the Chorus Pro settings', () => {
    const parsed = BusinessProfileSchema.parse({ ...mairieSupplier, technicalPasswordSavedOn: '2026-01-02' });
    expect(storableBusinessProfile(parsed)).toEqual(mairieSupplier);
  });
});
