import { describe, expect, it } from 'vitest';
import { mapColumns, normalizeHeader } from '../../../main/services/public-directory/column-map';

describe('finding the directory’s columns by their header names', () => {
  it('ignores accents, case, spacing, punctuation and small words', () => {
    expect(normalizeHeader('  N° de SIRET ')).toBe('siret');
    expect(normalizeHeader('LIBELLÉ DU SERVICE')).toBe('libelle service');
    expect(normalizeHeader('Mise_en_paiement-remontée')).toBe('mise en paiement remontee');
  });

  it('maps the API’s and the portal’s names, in any order', () => {
    const { columns, unknownColumns, missingColumns } = mapColumns([
      'Ville', 'Désignation structure', 'Identifiant', 'Adresse code postal', 'Gestion numéro EJ ou code service',
      'Numéro EJ doit être renseigné', 'Code service doit être renseigné', 'Statut mise en paiement remonté', 'Fax',
    ]);
    expect(columns).toEqual({
      city: 0, name: 1, siret: 2, postcode: 3, ejOrServiceRequired: 4, engagementRequired: 5, serviceCodeRequired: 6, paymentStatusReported: 7,
    });
    expect(unknownColumns).toEqual(['Fax']);
    expect(missingColumns).toEqual(['address', 'serviceCode', 'serviceLabel', 'serviceActive']);
  });

  it('reads a yes/no column stated the other way round as such, and a list of service codes per structure', () => {
    const { columns, negated, missingColumns } = mapColumns(['Identifiant', 'Raison sociale', 'Mise en paiement non remontée', 'Services', 'Service actif']);
    expect(columns).toMatchObject({ siret: 0, name: 1, paymentStatusReported: 2, serviceCodes: 3, serviceActive: 4 });
    expect(negated).toEqual({ paymentStatusReported: true });
    // The list stands for the per-service columns: they are not reported missing, nor the list when they are there.
    expect(missingColumns).not.toContain('serviceCode');
    expect(mapColumns(['SIRET', 'Raison sociale', 'Code service']).missingColumns).not.toContain('serviceCodes');
    expect(mapColumns(['SIRET', 'Raison sociale', 'Service non actif']).negated).toEqual({ serviceActive: true });
  });

  it('does not take « Code service obligatoire » for the service code, whichever comes first', () => {
    for (const headers of [['SIRET', 'Code service obligatoire', 'Code service'], ['SIRET', 'Code service', 'Code service obligatoire']]) {
      const { columns } = mapColumns(headers);
      expect(columns.serviceCode).toBe(headers.indexOf('Code service'));
      expect(columns.serviceCodeRequired).toBe(headers.indexOf('Code service obligatoire'));
    }
  });

  it('accepts a header that adds words to a known name, and nothing when no name matches', () => {
    expect(mapColumns(['Code service obligatoire (O/N)', 'Raison sociale de la structure']).columns).toEqual({ serviceCodeRequired: 0, name: 1 });
    expect(mapColumns(['Prénom', 'Téléphone']).columns).toEqual({});
  });
});
