import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divideRoundHalfAwayFromZero, sumCents, toCents } from '@shared/money/cents';
import { formatDecimal, formatFrenchDecimal, parseDecimal, parseFrenchDecimal } from '@shared/money/decimal';
import { centsToDecimalString, decimalStringToCents, formatEuros, formatUnitPrice, parseEuros } from '@shared/money/euros';
import { frenchSpacing } from '@shared/money/french-typography';

const NNBSP = '\u202f';
const NBSP = '\u00a0';
const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const scaled = fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }); // ±999 999 999.9999 at scale 4

describe('formatEuros', () => {
  it.each([
    [123456, `1${NNBSP}234,56${NBSP}€`],
    [0, `0,00${NBSP}€`],
    [-0, `0,00${NBSP}€`],
    [5, `0,05${NBSP}€`],
    [-123456789, `-1${NNBSP}234${NNBSP}567,89${NBSP}€`],
    [100000, `1${NNBSP}000,00${NBSP}€`],
    [99999, `999,99${NBSP}€`],
  ])('%i cents -> %s', (cents, text) => {
    expect(formatEuros(cents)).toBe(text);
  });

  it('prints exactly what Intl.NumberFormat fr-FR prints on this Node', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (cents) => {
        expect(formatEuros(cents)).toBe(intl.format(cents / 100));
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips through parseEuros', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        expect(parseEuros(formatEuros(cents))).toBe(cents);
      }),
    );
  });

  it('shows unit prices with 2 to 4 decimals', () => {
    expect(formatUnitPrice(123456n)).toBe(`12,3456${NBSP}€`);
    expect(formatUnitPrice(450_0000n)).toBe(`450,00${NBSP}€`);
    expect(formatUnitPrice(1_234_5000n)).toBe(`1${NNBSP}234,50${NBSP}€`);
  });
});

describe('parseEuros (what a French user types)', () => {
  it.each([
    ['1 234,56', 123456],
    [`1${NNBSP}234,56${NBSP}€`, 123456],
    [`1${NBSP}234,5`, 123450],
    ['1234.56', 123456],
    ['12 €', 1200],
    ['-3', -300],
    ['\u22123,10', -310],
    ['0,1', 10],
    ['12,345', null], // not exact to the cent
    ['1.234,56', null], // dots are never thousands separators
    ['12 34', null], // groups of three only
    ['abc', null],
    ['', null],
    ['1e3', null],
    ['99999999999999999', null], // beyond safe integers
  ])('%s -> %s', (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });
});

describe('XML amounts', () => {
  it.each([
    [123456, '1234.56'],
    [5, '0.05'],
    [-5, '-0.05'],
    [0, '0.00'],
    [-100, '-1.00'],
  ])('%i -> %s and back', (cents, text) => {
    expect(centsToDecimalString(cents)).toBe(text);
    expect(decimalStringToCents(text)).toBe(cents);
  });
  it('round-trips every safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        expect(decimalStringToCents(centsToDecimalString(cents))).toBe(cents);
      }),
    );
  });
});

describe('scaled decimals (quantities, unit prices)', () => {
  it.each([
    ['12.5', 125000n, '12.5'],
    ['0.0001', 1n, '0.0001'],
    ['12.50', 125000n, '12.5'],
    ['-3', -30000n, '-3'],
    ['007', 70000n, '7'],
    ['-0.0001', -1n, '-0.0001'],
  ])('%s -> %s -> %s', (text, value, canonical) => {
    expect(parseDecimal(text)).toBe(value);
    expect(formatDecimal(value)).toBe(canonical);
  });

  it.each(['0.00001', '1,5', '.5', '5.', '+1', '1e3', ' 1', '', '--1'])('refuses %j in the canonical form', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it('round-trips canonical and French forms', () => {
    fc.assert(
      fc.property(scaled, (value) => {
        expect(parseDecimal(formatDecimal(value))).toBe(value);
        expect(parseFrenchDecimal(formatFrenchDecimal(value))).toBe(value);
        expect(formatDecimal(parseDecimal(formatDecimal(value)) as bigint)).toBe(formatDecimal(value));
      }),
    );
  });

  it('reads French input with any kind of space and a comma', () => {
    expect(parseFrenchDecimal('1 234,5678')).toBe(12_345_678n);
    expect(parseFrenchDecimal('  2,5  ')).toBe(25_000n);
    expect(parseFrenchDecimal('1 234 567')).toBe(12_345_670_000n);
    expect(formatFrenchDecimal(12_345_678n)).toBe(`1${NNBSP}234,5678`);
    expect(formatFrenchDecimal(-5000n, 4, 2)).toBe('-0,50');
  });
});

describe('integer helpers', () => {
  it('rounds every fraction to the nearest integer, ties away from zero', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 9n }), (n, d) => {
        const r = divideRoundHalfAwayFromZero(n, d);
        const distance = (x: bigint) => (x < 0n ? -x : x);
        expect(distance(2n * (n - r * d)) <= d).toBe(true); // |n/d − r| ≤ 1/2
        if (distance(2n * (n - r * d)) === d) expect(distance(r) * d > distance(n)).toBe(true); // the tie went outward
        expect(divideRoundHalfAwayFromZero(-n, d)).toBe(-r); // symmetric
      }),
    );
  });
  it('refuses to turn an unsafe bigint into cents', () => {
    expect(() => toCents(2n ** 53n)).toThrow(RangeError);
    expect(toCents(2n ** 53n - 1n)).toBe(Number.MAX_SAFE_INTEGER);
    expect(sumCents([1, 2, 3])).toBe(6);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });
});

describe('French typography', () => {
  it('puts no-break spaces where French wants them and typographic apostrophes', () => {
    expect(frenchSpacing("Pas d'escompte : « oui » ; 20 % ; 40 €")).toBe(`Pas d’escompte${NBSP}: «${NBSP}oui${NBSP}»${NBSP}; 20${NBSP}%${NBSP}; 40${NBSP}€`);
    expect(frenchSpacing(frenchSpacing('a : b'))).toBe(`a${NBSP}: b`);
  });
});
