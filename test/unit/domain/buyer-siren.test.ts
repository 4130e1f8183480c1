import { describe, expect, it } from 'vitest';
import { CustomerInputSchema } from '@shared/customers/customer';
import { checkInvoice } from '@shared/invoicing/check-invoice';
import { Buyer } from '@shared/invoicing/party';
import { buyerLegalRegistration } from '../../../main/services/documents/xml/cii-parties';
import { vatInvoiceToCompany } from './invoice-fixtures';

/** 732 829 320 is a valid SIREN (Luhn); 73282932000074 one of its establishments. */
const company = {
  kind: 'private',
  legalName: 'Menuiserie Leroux SARL',
  address: { line1: '18 rue Nationale', postcode: '37000', city: 'Tours', countryCode: 'FR' },
} as const;

const messages = (input: unknown) => Buyer.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('the SIREN of a company customer', () => {
  it('is optional, and stored compact when valid', () => {
    expect(messages(company)).toEqual([]);
    expect(Buyer.parse({ ...company, siren: '732829320' }).siren).toBe('732829320');
  });

  it('is refused in French when its key or its length is wrong, or when typed with spaces', () => {
    expect(messages({ ...company, siren: '732829321' })).toEqual([['siren', expect.stringContaining('clé de contrôle est fausse')]]);
    expect(messages({ ...company, siren: '73282932' })).toEqual([['siren', 'Le SIREN compte 9 chiffres (ici 8).']]);
    expect(messages({ ...company, siren: '732 829 320' })).toEqual([['siren', 'Enregistrez le SIREN sans espaces, en majuscules.']]);
  });

  it('must be the first 9 digits of the SIRET when both are given', () => {
    expect(messages({ ...company, siren: '732829320', siret: '73282932000074' })).toEqual([]);
    expect(messages({ ...company, siren: '552100554', siret: '73282932000074' })).toEqual([
      ['siren', 'Le SIREN doit être les 9 premiers chiffres du SIRET (732829320)\u00a0: corrigez l’un des deux.'],
    ]);
    // A wrong SIRET is reported once, on the SIRET, not again as a mismatch.
    expect(messages({ ...company, siren: '552100554', siret: '73282932000075' }).map(([path]) => path)).toEqual(['siret']);
  });

  it('is compacted by the customers:create/update preprocess, like the SIRET', () => {
    const parsed = CustomerInputSchema.parse({ ...company, siren: '732 829 320', siret: '' });
    expect(parsed.siren).toBe('732829320');
    expect(parsed.siret).toBeUndefined();
    expect(CustomerInputSchema.parse({ ...company, siren: '' }).siren).toBeUndefined();
  });

  it('becomes the legal registration BT-47 with scheme 0002, unless a SIRET (0009) is known outside the B2B reform', () => {
    const outside = { isReformB2b: false };
    expect(buyerLegalRegistration(Buyer.parse({ ...company, siren: '732829320' }), outside)).toEqual({ id: '732829320', schemeID: '0002' });
    expect(buyerLegalRegistration(Buyer.parse({ ...company, siren: '732829320', siret: '73282932000074' }), outside)).toEqual({ id: '73282932000074', schemeID: '0009' });
    expect(buyerLegalRegistration(Buyer.parse(company), outside)).toBeNull();
  });

  it('is always the SIREN (0002) for a French company under the B2B reform (BR-FR-09/11), the SIRET staying BT-46', () => {
    const reform = { isReformB2b: true };
    expect(buyerLegalRegistration(Buyer.parse({ ...company, siren: '732829320', siret: '73282932000074' }), reform)).toEqual({ id: '732829320', schemeID: '0002' });
    expect(buyerLegalRegistration(Buyer.parse({ ...company, siret: '73282932000074' }), reform)).toEqual({ id: '732829320', schemeID: '0002' });
  });

  it('satisfies BR-AE-02 in reverse charge, as the buyer’s legal registration', () => {
    const doc = vatInvoiceToCompany();
    Object.assign(doc.lines[0]!, { vatCategory: 'AE', vatRate: '0' });
    delete doc.buyer.siret;
    delete doc.buyer.vatNumber;
    const codes = () => checkInvoice(doc, { today: doc.invoice.issueDate }).map((finding) => finding.code);
    expect(codes()).toContain('buyer-vat-number-missing');
    doc.buyer.siren = '732829320';
    expect(codes()).not.toContain('buyer-vat-number-missing');
  });
});
