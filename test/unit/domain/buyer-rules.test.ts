import { describe, expect, it } from 'vitest';
import { businessProcessCode, isReformB2b, needsPaymentMentions, settlementText } from '@shared/invoicing/buyer-rules';
import { checkInvoice } from '@shared/invoicing/check-invoice';
import { CompanyProfileInputSchema } from '@shared/company/company-profile';
import { mentionsRecoveryIndemnityAmount } from '@shared/payment-terms/legal-notes';
import { franchiseInvoiceToTownHall, vatInvoiceToCompany } from './invoice-fixtures';

const today = '2025-01-20';
const codes = (doc: ReturnType<typeof vatInvoiceToCompany>) => checkInvoice(doc, { today }).map((f) => f.code);

describe('the rules that follow the buyer', () => {
  it('asks no L441-10 penalties, indemnity or discount note of an invoice to a private person', () => {
    const doc = vatInvoiceToCompany();
    doc.buyer = { kind: 'private', isPerson: true, legalName: 'Mme Camille Lefèvre', address: doc.buyer.address };
    doc.invoice.notes = [];
    expect(needsPaymentMentions(doc)).toBe(false);
    expect(codes(doc)).toEqual([]);
    // The same invoice to a company must carry them.
    const company = vatInvoiceToCompany();
    company.invoice.notes = [];
    expect(codes(company)).toEqual(['late-penalty-note-missing', 'recovery-indemnity-note-missing', 'discount-note-missing']);
  });

  it('refuses a public buyer that claims to be a private person', () => {
    expect(isReformB2b({ kind: 'public', siret: '21440109300015' })).toBe(false);
  });

  it('accepts the €40 indemnity written in words', () => {
    expect(mentionsRecoveryIndemnityAmount('Indemnité forfaitaire pour frais de recouvrement : quarante euros')).toBe(true);
    expect(mentionsRecoveryIndemnityAmount('Indemnité forfaitaire selon l’art. D441-5')).toBe(false);
  });

  it('says a credit note that refunds nothing asks for no payment, and needs no payment mentions', () => {
    const doc = vatInvoiceToCompany();
    doc.invoice.typeCode = '381';
    doc.invoice.precedingInvoice = { number: 'F-2025-0007', issueDate: '2025-01-10' };
    delete doc.invoice.paymentMeans;
    doc.invoice.notes = [];
    expect(codes(doc)).toEqual([]);
    expect(settlementText(doc.invoice)).toBe('Aucun paiement n’est dû\u00a0: cet avoir vient en déduction de la facture n°\u00a0F-2025-0007 du 10/01/2025.');
    doc.invoice.paymentMeans = { code: '20' };
    expect(settlementText(doc.invoice)).toBe('Remboursement par chèque');
    expect(codes(doc)).toContain('late-penalty-note-missing');
  });

  it('writes the reform’s BT-23 from the category of the operation for companies, A1 for public buyers', () => {
    const doc = vatInvoiceToCompany();
    expect(businessProcessCode(doc)).toBeUndefined();
    doc.invoice.operationCategory = 'services';
    expect(businessProcessCode(doc)).toBe('S1');
    doc.invoice.downPayments = [{ number: 'F-2025-0001', issueDate: '2025-01-02' }];
    expect(businessProcessCode(doc)).toBe('S4');
    expect(businessProcessCode(franchiseInvoiceToTownHall())).toBe('A1');
  });
});

describe('the company’s default payment terms (Réglages and the wizard)', () => {
  const base = { legalName: 'Jean Dupont EI', siret: '73282932000074', addressLine1: '1 rue de Paris', postcode: '75001', city: 'Paris' };
  it('refuses terms beyond 60 days or 45 days end of month, naming the limit (L441-10)', () => {
    const ninety = CompanyProfileInputSchema.safeParse({ ...base, defaultPaymentTerms: { kind: 'net', days: 90 } });
    expect(ninety.success).toBe(false);
    expect(ninety.error?.issues[0]?.message).toMatch(/60 jours.*45 jours fin de mois.*L441-10/);
    expect(CompanyProfileInputSchema.safeParse({ ...base, defaultPaymentTerms: { kind: 'net-end-of-month', days: 46 } }).success).toBe(false);
    expect(CompanyProfileInputSchema.safeParse({ ...base, defaultPaymentTerms: { kind: 'net-end-of-month', days: 45 } }).success).toBe(true);
    expect(CompanyProfileInputSchema.safeParse({ ...base, defaultPaymentTerms: { kind: 'net', days: 60 } }).success).toBe(true);
  });
});
