import { describe, expect, it } from 'vitest';
import { formatEuros } from '../../../shared/money/euros';
import {
  centsToFrenchInput,
  decimalStringToFrench,
  frenchDateToIso,
  frenchToCents,
  frenchToDecimalString,
  isoToFrenchDate,
  priceForDraft,
} from '../../../renderer/src/features/invoicing/french-input';
import { draftErrorTarget, findingTarget } from '../../../renderer/src/features/invoicing/invoices/finding-targets';
import { blankFields, draftOfFields, fieldsOfDraft, liveTotals } from '../../../renderer/src/features/invoicing/invoices/editor-model';

describe('finding field -> where the editor sends the user', () => {
  it.each([
    ['invoice.serviceCode', { kind: 'field', name: 'serviceCode' }],
    ['invoice.engagementNumber', { kind: 'field', name: 'engagementNumber' }],
    ['invoice.dueDate', { kind: 'field', name: 'termsKind' }],
    ['invoice.notes', { kind: 'field', name: 'note' }],
    ['lines.0.unitPrice', { kind: 'field', name: 'lines.0.unitPrice' }],
    ['lines.12.vatExemptionCode', { kind: 'field', name: 'lines.12.vat' }],
    ['lines.3.allowanceCents', { kind: 'field', name: 'lines.3.unitPrice' }],
    ['lines', { kind: 'field', name: 'addLine' }],
    ['buyer', { kind: 'field', name: 'customerId' }],
    ['buyer.siret', { kind: 'customer' }],
    ['seller.legalForm', { kind: 'settings' }],
    ['seller', { kind: 'settings' }],
    ['invoice.paymentMeans.iban', { kind: 'settings' }],
  ] as const)('%s', (field, target) => {
    expect(findingTarget(field)).toEqual(target);
  });

  it('has no target for values the editor cannot set', () => {
    expect(findingTarget('invoice.prepaidCents')).toBeNull();
    expect(findingTarget('invoice.precedingInvoice')).toBeNull();
  });

  it('maps save errors of the draft request to the same controls', () => {
    expect(draftErrorTarget('draft.serviceCode')).toBe('serviceCode');
    expect(draftErrorTarget('draft.lines.1.quantity')).toBe('lines.1.quantity');
    expect(draftErrorTarget('draft.customerId')).toBe('customerId');
  });
});

describe('French amounts and dates typed in inputs', () => {
  it.each([
    ['45,50', '45.5'],
    ['1 234,5', '1234.5'],
    ['1\u202f234,56 €', '1234.56'],
    ['0,0001', '0.0001'],
    ['3', '3'],
    ['12.5', '12.5'],
  ])('reads %j as %j', (typed, stored) => {
    expect(frenchToDecimalString(typed)).toBe(stored);
  });

  it.each(['', 'abc', '1,23456', '12,3x', '1.234.5'])('refuses %j', (typed) => {
    expect(frenchToDecimalString(typed)).toBeNull();
  });

  it('keeps unreadable text for the backend to name, and shows stored values the French way', () => {
    expect(priceForDraft('12,3x')).toBe('12,3x');
    expect(priceForDraft(' ')).toBe('');
    expect(decimalStringToFrench('45.5', 2)).toBe('45,50');
    expect(decimalStringToFrench('1234.5', 2)).toBe('1\u202f234,50');
  });

  it('reads euros to the cent', () => {
    expect(frenchToCents('136,50')).toBe(13650);
    expect(frenchToCents('-3')).toBe(-300);
    expect(frenchToCents('1,005')).toBeNull();
    expect(centsToFrenchInput(123456)).toBe('1\u202f234,56');
  });

  it('reads 27/11/2026 and refuses dates that do not exist', () => {
    expect(frenchDateToIso('27/11/2026')).toBe('2026-11-27');
    expect(frenchDateToIso('1/2/2026')).toBe('2026-02-01');
    expect(frenchDateToIso('2026-11-27')).toBe('2026-11-27');
    expect(frenchDateToIso('31/02/2026')).toBeNull();
    expect(frenchDateToIso('11/27/2026')).toBeNull();
    expect(isoToFrenchDate('2026-11-27')).toBe('27/11/2026');
  });
});

describe('the editor model', () => {
  it('turns typed lines into a draft and back, and totals them live like main', () => {
    const fields = blankFields('2026-11-27', true, '4');
    fields.lines = [
      { ...fields.lines[0]!, description: 'Atelier', quantity: '3', unitCode: 'HUR', unitPrice: '45,50' },
      { ...fields.lines[0]!, key: 'b', description: 'Fournitures', quantity: '2', unitPrice: '12,5' },
      { ...fields.lines[0]!, key: 'c', description: 'À finir', quantity: '1', unitPrice: '' },
    ];
    const draft = draftOfFields(fields);
    expect(draft).toMatchObject({ customerId: 4, issueDate: '2026-11-27' });
    expect(draft.lines?.[0]).toEqual({ description: 'Atelier', quantity: '3', unitCode: 'HUR', unitPrice: '45.5', vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' });
    expect(draft.paymentTerms).toBeUndefined();

    const totals = liveTotals(fields);
    expect(totals.lineNets).toEqual([13650, 2500, null]);
    expect(formatEuros(totals.result?.totals.grandTotal ?? 0)).toBe('161,50\u00a0€');

    const back = fieldsOfDraft(draft);
    expect(back.lines.map((line) => [line.quantity, line.unitPrice, line.vatChoiceId])).toEqual([
      ['3', '45,50', 'VATEX-FR-FRANCHISE'],
      ['2', '12,50', 'VATEX-FR-FRANCHISE'],
      ['1', '', 'VATEX-FR-FRANCHISE'],
    ]);
  });

  it('applies VAT per rate on the total, and sends explicit payment terms', () => {
    const fields = { ...blankFields('2026-11-27', false), termsKind: 'net' as const, termsDays: '45' };
    fields.lines = [{ ...fields.lines[0]!, quantity: '1', unitPrice: '10,01' }, { ...fields.lines[0]!, key: 'x', quantity: '1', unitPrice: '10,01' }];
    const totals = liveTotals(fields).result!;
    expect(totals.vatBreakdown).toEqual([expect.objectContaining({ category: 'S', rate: '20', base: 2002, amount: 400 })]);
    expect(draftOfFields(fields).paymentTerms).toEqual({ kind: 'net', days: 45 });
  });
});
