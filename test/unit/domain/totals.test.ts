import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeTotals, lineNetCents, vatAmountCents, type AllowanceInput, type LineInput, type TotalsInput } from '@shared/invoicing/totals';
import { VAT_CHOICES } from '@shared/vat/vat-choices';
import { vatInvoiceToCompany } from './invoice-fixtures';

// ---- An independent recomputation: exact fractions from the raw strings, rounding by comparison. ----
type Fraction = { n: bigint; d: bigint };
function fraction(text: string): Fraction {
  const [whole, decimals = ''] = text.replace('-', '').split('.');
  const magnitude = BigInt(`${whole}${decimals}`);
  return { n: text.startsWith('-') ? -magnitude : magnitude, d: 10n ** BigInt(decimals.length) };
}
/** Rounds n/d to an integer: the nearest one, and on an exact tie the one farther from zero. */
function oracleRound({ n, d }: Fraction): bigint {
  const floor = n >= 0n ? n / d : -((-n + d - 1n) / d);
  const twice = 2n * (n - floor * d); // 2 × fractional part, in units of 1/d
  if (twice > d) return floor + 1n;
  if (twice < d) return floor;
  return n >= 0n ? floor + 1n : floor; // tie
}
function oracle(input: TotalsInput) {
  const cents = (line: LineInput) => {
    const q = fraction(line.quantity);
    const p = fraction(line.unitPrice);
    return oracleRound({ n: q.n * p.n * 100n, d: q.d * p.d }) - BigInt(line.allowanceCents ?? 0);
  };
  const nets = input.lines.map(cents);
  const allowances: readonly AllowanceInput[] = input.invoice.allowances ?? [];
  const keys = [...new Set([...input.lines, ...allowances].map((item) => `${item.vatCategory} ${Number(item.vatRate)}`))];
  const breakdown = keys.map((key) => {
    const inGroup = (item: { vatCategory: string; vatRate: string }) => `${item.vatCategory} ${Number(item.vatRate)}` === key;
    const base =
      input.lines.reduce((sum, line, i) => (inGroup(line) ? sum + (nets[i] as bigint) : sum), 0n) -
      allowances.filter(inGroup).reduce((sum, a) => sum + BigInt(a.amountCents), 0n);
    const rate = fraction(input.lines.find(inGroup)?.vatRate ?? allowances.find(inGroup)!.vatRate);
    return { key, base, amount: oracleRound({ n: base * rate.n, d: rate.d * 100n }) };
  });
  const taxBasisTotal = breakdown.reduce((s, b) => s + b.base, 0n); // Σ BT-116, another road to BT-109
  const taxTotal = breakdown.reduce((s, b) => s + b.amount, 0n);
  const prepaid = BigInt(input.invoice.prepaidCents ?? 0);
  return { nets, breakdown, taxBasisTotal, taxTotal, grandTotal: taxBasisTotal + taxTotal, dueAmount: taxBasisTotal + taxTotal - prepaid };
}

// ---- Generators of arbitrary invoices. ----
const decimal = (maxInteger: number, signed: boolean) =>
  fc
    .tuple(fc.boolean(), fc.integer({ min: 0, max: maxInteger }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 9999 }))
    .map(([negative, whole, decimals, fractionDigits]) => {
      const fractionText = fractionDigits.toString().padStart(4, '0').slice(0, decimals);
      return `${signed && negative ? '-' : ''}${whole}${decimals > 0 ? `.${fractionText}` : ''}`;
    });
const vatChoice = fc.constantFrom(...VAT_CHOICES);
const line: fc.Arbitrary<LineInput> = fc
  .record({ quantity: decimal(100_000, true), unitPrice: decimal(100_000, false), allowance: fc.option(fc.integer({ min: 0, max: 100_000 })), vat: vatChoice })
  .map(({ quantity, unitPrice, allowance, vat }) => ({
    quantity,
    unitPrice,
    ...(allowance === null ? {} : { allowanceCents: allowance }),
    vatCategory: vat.category,
    vatRate: vat.rate,
    vatExemptionCode: vat.exemptionCode,
  }));
const allowance: fc.Arbitrary<AllowanceInput> = fc
  .record({ amountCents: fc.integer({ min: 1, max: 1_000_000 }), vat: vatChoice })
  .map(({ amountCents, vat }) => ({ amountCents, vatCategory: vat.category, vatRate: vat.rate, vatExemptionCode: vat.exemptionCode }));
const invoice: fc.Arbitrary<TotalsInput> = fc.record({
  lines: fc.array(line, { maxLength: 30 }),
  invoice: fc.record({ allowances: fc.array(allowance, { maxLength: 4 }), prepaidCents: fc.integer({ min: 0, max: 10_000_000 }) }),
});

describe('computeTotals against an independent recomputation', () => {
  it('agrees on every line net, every VAT group and every total', () => {
    fc.assert(
      fc.property(invoice, (input) => {
        const { lineNets, vatBreakdown, totals } = computeTotals(input);
        const expected = oracle(input);
        expect(lineNets.map(BigInt)).toEqual(expected.nets);
        expect(vatBreakdown.map((b) => [`${b.category} ${Number(b.rate)}`, BigInt(b.base), BigInt(b.amount)]).sort()).toEqual(
          expected.breakdown.map((b) => [b.key, b.base, b.amount]).sort(),
        );
        expect(BigInt(totals.taxBasisTotal)).toBe(expected.taxBasisTotal);
        expect(BigInt(totals.taxTotal)).toBe(expected.taxTotal);
        expect(BigInt(totals.grandTotal)).toBe(expected.grandTotal);
        expect(BigInt(totals.dueAmount)).toBe(expected.dueAmount);
      }),
      { numRuns: 500 },
    );
  });

  it('never loses a cent: the BR-CO identities hold and splitting the lines splits the totals', () => {
    fc.assert(
      fc.property(invoice, fc.nat(), (input, cut) => {
        const { lineNets, vatBreakdown, totals } = computeTotals(input);
        const allowanceSum = (input.invoice.allowances ?? []).reduce((s, a) => s + a.amountCents, 0);
        expect(totals.lineTotal).toBe(lineNets.reduce((s, n) => s + n, 0)); // BR-CO-10
        expect(totals.allowanceTotal).toBe(allowanceSum); // BR-CO-11
        expect(totals.taxBasisTotal).toBe(totals.lineTotal - totals.allowanceTotal); // BR-CO-13
        expect(totals.taxTotal).toBe(vatBreakdown.reduce((s, b) => s + b.amount, 0)); // BR-CO-14
        expect(totals.grandTotal).toBe(totals.taxBasisTotal + totals.taxTotal); // BR-CO-15
        expect(totals.dueAmount).toBe(totals.grandTotal - totals.prepaid); // BR-CO-16
        expect(vatBreakdown.reduce((s, b) => s + b.base, 0)).toBe(totals.taxBasisTotal);
        for (const value of [...lineNets, ...Object.values(totals)]) expect(Number.isSafeInteger(value)).toBe(true);
        const at = input.lines.length === 0 ? 0 : cut % (input.lines.length + 1);
        const first = computeTotals({ lines: input.lines.slice(0, at), invoice: {} }).totals.lineTotal;
        const second = computeTotals({ lines: input.lines.slice(at), invoice: {} }).totals.lineTotal;
        expect(first + second).toBe(totals.lineTotal);
        expect(totals.lineTotal).toBe(computeTotals({ lines: [...input.lines].reverse(), invoice: {} }).totals.lineTotal);
      }),
      { numRuns: 300 },
    );
  });
});

describe('rounding at the cent, half away from zero', () => {
  const cases: [quantity: string, unitPrice: string, allowance: number, cents: number][] = [
    ['1', '0.005', 0, 1], // 0.005 -> 0.01
    ['-1', '0.005', 0, -1], // negative tie goes away from zero, not toward +∞ as Math.round would
    ['1', '0.0049', 0, 0],
    ['-1', '0.0049', 0, 0],
    ['-2.5', '0.01', 0, -3], // -0.025
    ['2.5', '0.01', 0, 3],
    ['0.3333', '3', 0, 100], // 0.9999
    ['1.5', '0.0033', 0, 0], // 0.00495
    ['2.5', '12.3456', 0, 3086], // 30.864
    ['7', '1.2345', 0, 864], // 8.6415
    ['0.0001', '0.0001', 0, 0],
    ['0.0001', '50', 0, 1], // 0.005
    ['3', '35.1234', 500, 10037], // 105.3702 rounded, then the 5 € allowance
    ['1', '0.1', 0, 10], // 0.1 + 0.2 style float traps do not exist here
    ['3', '0.1', 0, 30],
    ['999999999.9999', '1', 0, 100_000_000_000],
  ];
  it.each(cases)('%s × %s − %i cents = %i cents', (quantity, unitPrice, allowanceCents, cents) => {
    expect(lineNetCents({ quantity, unitPrice, allowanceCents })).toBe(cents);
  });

  const vat: [base: number, rate: string, amount: number][] = [
    [1, '20', 0],
    [3, '20', 1], // 0.6
    [5, '10', 1], // 0.5
    [-5, '10', -1],
    [10, '5.5', 1], // 0.55
    [9, '5.5', 0], // 0.495
    [50, '2.1', 1], // 1.05
    [-25, '2.1', -1], // -0.525
    [5375, '5.5', 296], // 295.625
    [10037, '20', 2007], // 2007.4
    [123456, '0', 0],
  ];
  it.each(vat)('VAT on %i cents at %s %% = %i cents', (base, rate, amount) => {
    expect(vatAmountCents(base, rate)).toBe(amount);
  });
});

describe('computeTotals on a real invoice', () => {
  it('computes VAT per rate on the rate base, not per line (BR-CO-17)', () => {
    const result = computeTotals(vatInvoiceToCompany());
    expect(result.lineNets).toEqual([5375, 10037]);
    expect(result.vatBreakdown).toEqual([
      { category: 'S', rate: '20', base: 10037, amount: 2007 },
      { category: 'S', rate: '5.5', base: 5375, amount: 296 },
    ]);
    expect(result.totals).toEqual({ lineTotal: 15412, allowanceTotal: 0, chargeTotal: 0, taxBasisTotal: 15412, taxTotal: 2303, grandTotal: 17715, prepaid: 0, dueAmount: 17715 });
  });

  it('rounds VAT once per group: three lines of 0.05 € at 10 % give 0.02 € of VAT, not 3 × 0.01', () => {
    const line = { quantity: '1', unitPrice: '0.05', vatCategory: 'S', vatRate: '10' } as const;
    expect(computeTotals({ lines: [line, line, line], invoice: {} }).totals.taxTotal).toBe(2);
  });

  it('takes a document allowance off the base of its own rate only, and the prepaid amount off the amount due', () => {
    const doc = vatInvoiceToCompany();
    doc.invoice.allowances = [{ reason: 'Remise fidélité', amountCents: 1037, vatCategory: 'S', vatRate: '20' }];
    doc.invoice.prepaidCents = 5000;
    const { vatBreakdown, totals } = computeTotals(doc);
    expect(vatBreakdown[0]).toEqual({ category: 'S', rate: '20', base: 9000, amount: 1800 });
    expect(vatBreakdown[1]).toEqual({ category: 'S', rate: '5.5', base: 5375, amount: 296 });
    expect(totals).toMatchObject({ lineTotal: 15412, allowanceTotal: 1037, taxBasisTotal: 14375, taxTotal: 2096, grandTotal: 16471, dueAmount: 11471 });
  });

  it('carries the exemption reason and code of exempt groups (BT-120, BT-121)', () => {
    const lines: LineInput[] = [
      { quantity: '2', unitPrice: '450', vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' },
      { quantity: '1', unitPrice: '100', vatCategory: 'AE', vatRate: '0' },
    ];
    expect(computeTotals({ lines, invoice: {} }).vatBreakdown).toEqual([
      { category: 'E', rate: '0', base: 90000, amount: 0, exemptionCode: 'VATEX-FR-FRANCHISE', exemptionReason: 'TVA non applicable, art. 293 B du CGI' },
      { category: 'AE', rate: '0', base: 10000, amount: 0, exemptionCode: 'VATEX-EU-AE', exemptionReason: 'Autoliquidation' },
    ]);
  });

  it('refuses an unreadable quantity instead of guessing', () => {
    expect(() => lineNetCents({ quantity: '1,5', unitPrice: '1' })).toThrow(RangeError);
  });
});
