import { describe, expect, it } from 'vitest';
import { formatEuros } from '@shared/money/euros';
import {
  centsToFrenchInput,
  decimalStringToFrench,
  frenchDateToIso,
  frenchToCents,
  frenchToDecimalString,
  isoToFrenchDate,
  priceForDraft,
} from '../../../renderer/src/features/invoicing/french-input';
import { inputOfValues, valuesOfCustomer, liveSirenError } from '../../../renderer/src/features/invoicing/customers/customer-form-model';
import { draftErrorTarget, findingTarget } from '../../../renderer/src/features/invoicing/invoices/finding-targets';
import { allowanceVatChoices, blankAllowance, blankFields, draftOfFields, fieldsOfDraft, firstAmountProblem } from '../../../renderer/src/features/invoicing/invoices/editor-model';
import { liveTotals } from '../../../renderer/src/features/invoicing/invoices/live-totals';

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
    ['seller.iban', { kind: 'settings' }],
    ['invoice.paymentMeans.iban', { kind: 'field', name: 'paymentMeansCode' }],
    ['invoice.paymentMeans.code', { kind: 'field', name: 'paymentMeansCode' }],
    ['invoice.prepaidCents', { kind: 'field', name: 'prepaid' }],
    ['invoice.allowances.0.amountCents', { kind: 'field', name: 'allowances.0.amount' }],
    ['invoice.allowances.2.reason', { kind: 'field', name: 'allowances.2.reason' }],
    ['invoice.allowances.1.vatCategory', { kind: 'field', name: 'allowances.1.vat' }],
    ['invoice.allowances.1.vatExemptionCode', { kind: 'field', name: 'allowances.1.vat' }],
    ['invoice.allowances', { kind: 'field', name: 'addAllowance' }],
  ] as const)('%s', (field, target) => {
    expect(findingTarget(field)).toEqual(target);
  });

  it('has no target for values the editor cannot set', () => {
    expect(findingTarget('invoice.precedingInvoice')).toBeNull();
  });

  it('maps save errors of the draft request to the same controls', () => {
    expect(draftErrorTarget('draft.serviceCode')).toBe('serviceCode');
    expect(draftErrorTarget('draft.lines.1.quantity')).toBe('lines.1.quantity');
    expect(draftErrorTarget('draft.customerId')).toBe('customerId');
    expect(draftErrorTarget('draft.allowances.0.amountCents')).toBe('allowances.0.amount');
    expect(draftErrorTarget('draft.prepaidCents')).toBe('prepaid');
    expect(draftErrorTarget('draft.paymentMeansCode')).toBe('paymentMeansCode');
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
    // A price typed the wrong way holds the totals back and says which line: never a total of 0,00 €.
    const unreadable = liveTotals({ ...fields, lines: [{ ...fields.lines[0]!, unitPrice: '1,234,56' }, fields.lines[1]!] });
    expect(unreadable).toMatchObject({ result: null, incompleteLines: [1] });
    // « 1.234,56 » is read as meant.
    expect(liveTotals({ ...fields, lines: [{ ...fields.lines[0]!, quantity: '1', unitPrice: '1.234,56' }] }).result?.totals.grandTotal).toBe(123456);

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

  it('sends the discounts, the acompte and the payment means, totals them live, and reads them back', () => {
    const fields = blankFields('2026-11-27', false, '4');
    fields.lines = [
      { ...fields.lines[0]!, description: 'Conseil', quantity: '2', unitPrice: '100' },
      { ...fields.lines[0]!, key: 'b', description: 'Livre', quantity: '1', unitPrice: '50', vatChoiceId: 'S-5.5' },
    ];
    fields.allowances = [{ ...blankAllowance(fields.lines, false), reason: ' Remise fidélité ', amount: '10,00' }];
    fields.prepaid = '100,50 €';
    fields.paymentMeansCode = '20';
    expect(fields.allowances[0]?.vatChoiceId).toBe('S-20');

    const draft = draftOfFields(fields, { allowances: [], prepaidCents: 0, paymentMeansCode: '30' });
    expect(draft.allowances).toEqual([{ reason: 'Remise fidélité', amountCents: 1000, vatCategory: 'S', vatRate: '20' }]);
    expect(draft.prepaidCents).toBe(10050);
    expect(draft.paymentMeansCode).toBe('20');

    // 200 - 10 = 190 at 20 % (38) + 50 at 5,5 % (2,75) = 280,75; minus 100,50 already paid.
    const { totals } = liveTotals(fields).result!;
    expect(totals).toMatchObject({ lineTotal: 25000, allowanceTotal: 1000, taxBasisTotal: 24000, grandTotal: 28075, prepaid: 10050, dueAmount: 18025 });

    const back = fieldsOfDraft(draft);
    expect(back.allowances.map(({ reason, amount, vatChoiceId }) => [reason, amount, vatChoiceId])).toEqual([['Remise fidélité', '10,00', 'S-20']]);
    expect([back.prepaid, back.paymentMeansCode]).toEqual(['100,50', '20']);
  });

  it('offers the lines’ VAT to a discount, the franchise for a franchise seller, and refuses unreadable amounts', () => {
    const franchise = blankFields('2026-11-27', true);
    expect(blankAllowance(franchise.lines, true).vatChoiceId).toBe('VATEX-FR-FRANCHISE');
    const vat = blankFields('2026-11-27', false);
    vat.lines = [{ ...vat.lines[0]!, vatChoiceId: 'S-10' }, { ...vat.lines[0]!, key: 'b', vatChoiceId: 'S-20' }, { ...vat.lines[0]!, key: 'c', vatChoiceId: 'S-10' }];
    expect(allowanceVatChoices(vat.lines, 'S-10', false).map((choice) => choice.id)).toEqual(['S-10', 'S-20']);
    // A line changed since: the discount's own VAT stays listed, so the menu shows what will be sent.
    expect(allowanceVatChoices(vat.lines, 'S-5.5', false).map((choice) => choice.id)).toEqual(['S-10', 'S-20', 'S-5.5']);

    vat.allowances = [{ ...blankAllowance(vat.lines, false), amount: '' }];
    expect(firstAmountProblem(vat)).toMatchObject({ name: 'allowances.0.amount', problem: 'missing' });
    vat.allowances = [{ ...blankAllowance(vat.lines, false), amount: '10,005' }];
    expect(firstAmountProblem(vat)).toMatchObject({ name: 'allowances.0.amount', problem: 'invalid' });
    vat.allowances = [];
    // A charge (BG-21) is checked the same way, and counts in the live totals once readable.
    vat.charges = [{ ...blankAllowance(vat.lines, false), amount: '35,0,0' }];
    expect(firstAmountProblem(vat)).toMatchObject({ name: 'charges.0.amount', problem: 'invalid' });
    vat.charges = [{ ...blankAllowance(vat.lines, false), amount: '35,00' }];
    expect(liveTotals(vat).result?.totals.chargeTotal).toBe(3500);
    vat.charges = [];
    vat.prepaid = '-5';
    expect(firstAmountProblem(vat)).toMatchObject({ name: 'prepaid', problem: 'invalid' });
    vat.prepaid = '';
    expect(firstAmountProblem(vat)).toBeNull();
    expect(liveTotals({ ...vat, allowances: [{ ...blankAllowance(vat.lines, false), amount: 'dix' }] }).result?.totals.allowanceTotal).toBe(0);
  });
});

describe('the SIREN in the customer form', () => {
  it('is checked live once 9 digits are typed, and against a valid SIRET', () => {
    expect(liveSirenError('732 82', '')).toBeUndefined();
    expect(liveSirenError('732 829 321', '')).toMatch(/clé de contrôle est fausse/);
    expect(liveSirenError('732 829 320', '')).toBeUndefined();
    expect(liveSirenError('732 829 320', '732 829 320 00074')).toBeUndefined();
    expect(liveSirenError('552 100 554', '732 829 320 00074')).toBe('Le SIREN doit être les 9 premiers chiffres du SIRET (732 829 320).');
  });

  it('is sent compact for a private customer and dropped for a public one', () => {
    const values = { ...valuesOfCustomer(null), kind: 'private' as const, siren: '732 829 320' };
    expect(inputOfValues(values).siren).toBe('732829320');
    expect(inputOfValues({ ...values, kind: 'public' }).siren).toBeUndefined();
    expect(valuesOfCustomer({ ...inputOfValues(values), id: 1, isArchived: false, updatedAt: '' } as never).siren).toBe('732 829 320');
  });
});
