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
