import { describe, expect, it } from 'vitest';
import { CompanyProfileInputSchema } from '@shared/company/company-profile';
import { formatSiret } from '@shared/company/format-siret';
import { installFrenchValidationMessages } from '@shared/validation/zod-french';

installFrenchValidationMessages();

const valid = { legalName: 'Atelier Dupont', siret: '732 829 320 00074', addressLine1: '3 rue des Lilas', postcode: '75011', city: 'Paris' };

function problems(input: unknown): Record<string, string> {
  const parsed = CompanyProfileInputSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the company profile schema', () => {
  it('accepts a valid profile and stores the SIRET without spaces', () => {
    const parsed = CompanyProfileInputSchema.parse(valid);
    expect(parsed.siret).toBe('73282932000074');
    expect(parsed.addressLine2).toBe('');
  });

  it('explains a wrong SIRET key in French', () => {
    expect(problems({ ...valid, siret: '73282932000075' }).siret).toMatch(/clé de contrôle est fausse/);
    expect(problems({ ...valid, siret: '7328293200007' }).siret).toBe('Le SIRET compte 14 chiffres (ici 13).');
    expect(problems({ ...valid, siret: '7328293200007A' }).siret).toBe('Le SIRET ne doit contenir que des chiffres.');
  });

  it('accepts La Poste establishments, whose SIRET follows its own rule', () => {
    expect(problems({ ...valid, siret: '35600000000048' })).toEqual({});
    expect(problems({ ...valid, siret: '35600000000001' })).toEqual({});
  });

  it('names every missing field in French', () => {
    const found = problems({ legalName: ' ', siret: '', addressLine1: '', postcode: '7501', city: '' });
    expect(found.legalName).toBe('La raison sociale est obligatoire.');
    expect(found.addressLine1).toBe('L’adresse est obligatoire.');
    expect(found.postcode).toBe('Le code postal compte 5 chiffres.');
    expect(found.city).toBe('La ville est obligatoire.');
  });

  it('prints a SIRET in groups', () => {
    expect(formatSiret('73282932000074')).toBe('732 829 320 00074');
  });
});
