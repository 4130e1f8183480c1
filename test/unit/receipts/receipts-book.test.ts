import { describe, expect, it } from 'vitest';
import { declarationBounds, receiptOf, totalsOf, type ReceiptSource } from '@shared/receipts/receipts-book';

const line = (unitCode: string, quantity: string, unitPrice: string, description = 'Ligne') => ({ description, unitCode, quantity, unitPrice });
const source = (overrides: Partial<ReceiptSource>): ReceiptSource => ({
  paymentId: 1,
  paidOn: '2026-05-10',
  amountCents: 15_000,
  mode: 'cash',
  invoiceNumber: 'F-2026-0002',
  invoiceTypeCode: '380',
  buyerName: 'Épicerie du port',
  invoiceNetCents: 15_000,
  invoiceTotalCents: 15_000,
  lines: [line('H87', '10', '12', 'Pots de confiture'), line('HUR', '1', '30', 'Livraison et installation')],
  ...overrides,
});

describe('one receipt of the book', () => {
  it('splits the amount between goods and services by the invoice’s lines', () => {
    expect(receiptOf(source({}))).toEqual({
      paymentId: 1,
      date: '2026-05-10',
      customer: 'Épicerie du port',
      nature: 'Pots de confiture (+ 1 autre ligne)',
      amountCents: 15_000,
      amountExclVatCents: 15_000,
      means: 'Espèces',
      invoiceNumber: 'F-2026-0002',
      goodsCents: 12_000,
      servicesCents: 3_000,
      assumedServicesCents: 0,
    });
  });

  it('says a receipt on a facture d’acompte is one, in its nature', () => {
    expect(receiptOf(source({ invoiceTypeCode: '386', lines: [line('C62', '1', '150', 'Acompte de 30 %')] })).nature).toBe('Facture d’acompte : Acompte de 30 %');
    expect(receiptOf(source({ invoiceTypeCode: '380', lines: [line('C62', '1', '150', 'Solde des travaux')] })).nature).toBe('Solde des travaux');
  });

  it('splits a part payment in the same proportions, to the cent, the parts adding up exactly', () => {
    const r = receiptOf(source({ amountCents: 3_333 }));
    expect(r.goodsCents + r.servicesCents).toBe(3_333);
    expect(r.goodsCents).toBe(2_666);
  });

  it('takes the VAT out for a business that charges it', () => {
    const r = receiptOf(source({ amountCents: 6_000, invoiceNetCents: 10_000, invoiceTotalCents: 12_000, lines: [line('HUR', '2', '50')] }));
    expect(r).toMatchObject({ amountCents: 6_000, amountExclVatCents: 5_000, goodsCents: 0, servicesCents: 5_000 });
  });

  it('counts a unit that says nothing as services, and says it assumed so', () => {
    expect(receiptOf(source({ amountCents: 5_000, invoiceNetCents: 5_000, invoiceTotalCents: 5_000, lines: [line('C62', '2', '25')] }))).toMatchObject({
      servicesCents: 5_000,
      assumedServicesCents: 5_000,
    });
  });

  it('lists a correction (negative payment) as a negative receipt', () => {
    const r = receiptOf(source({ amountCents: -1_000 }));
    expect(r).toMatchObject({ amountCents: -1_000, goodsCents: -800, servicesCents: -200 });
  });

  it('sums a period exactly', () => {
    const receipts = [receiptOf(source({})), receiptOf(source({ amountCents: -1_000 })), receiptOf(source({ amountCents: 1 }))];
    expect(totalsOf(receipts)).toEqual({ count: 3, receivedCents: 14_001, receivedExclVatCents: 14_001, goodsCents: 11_201, servicesCents: 2_800, assumedServicesCents: 0 });
  });
});

describe('declaration periods', () => {
  it('knows months and quarters, leap years included', () => {
    expect(declarationBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29', label: 'février 2028' });
    expect(declarationBounds('2026-T1')).toEqual({ from: '2026-01-01', to: '2026-03-31', label: '1er trimestre 2026' });
    expect(declarationBounds('2026-T4')).toEqual({ from: '2026-10-01', to: '2026-12-31', label: '4e trimestre 2026' });
  });
});
