import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPANY_CATEGORIES, categoryFromHeadcount } from '@shared/calendar/company-category';
import { CalendarProfileSchema, resolveCategory } from '@shared/calendar/calendar-profile';

describe('categoryFromHeadcount (décret 2008-1354)', () => {
  it.each([
    [0, 'micro'],
    [1, 'micro'],
    [9, 'micro'],
    [10, 'pme'],
    [249, 'pme'],
    [250, 'eti'],
    [4999, 'eti'],
    [5000, 'ge'],
    [120_000, 'ge'],
  ])('%i employees -> %s', (headcount, expected) => {
    expect(categoryFromHeadcount(headcount)).toBe(expected);
  });

  it.each([-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (headcount) => {
    expect(() => categoryFromHeadcount(headcount)).toThrow(RangeError);
  });

  it('never shrinks as the headcount grows', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), (a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        const rank = (n: number) => COMPANY_CATEGORIES.indexOf(categoryFromHeadcount(n));
        expect(rank(small)).toBeLessThanOrEqual(rank(large));
      }),
    );
  });
});

describe('resolveCategory', () => {
  it('takes the declared category over the headcount (turnover may make a company larger)', () => {
    expect(resolveCategory({ headcount: 3, category: 'pme' })).toEqual({ category: 'pme', origin: 'declared' });
    expect(resolveCategory({ headcount: 300 })).toEqual({ category: 'eti', origin: 'headcount' });
    expect(() => resolveCategory({})).toThrow(RangeError);
  });

  it('the profile schema asks for a headcount or a category, in French', () => {
    const result = CalendarProfileSchema.safeParse({
      vatFranchise: true,
      sellsTo: { publicBuyers: true, companies: false, individuals: false },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Indiquez l’effectif ou la catégorie de l’entreprise.');
  });

  it('the profile schema refuses a negative or fractional headcount', () => {
    const base = { vatFranchise: false, sellsTo: { publicBuyers: true, companies: true, individuals: true } };
    expect(CalendarProfileSchema.safeParse({ ...base, headcount: -1 }).success).toBe(false);
    expect(CalendarProfileSchema.safeParse({ ...base, headcount: 1.5 }).success).toBe(false);
    expect(CalendarProfileSchema.safeParse({ ...base, headcount: 0 }).success).toBe(true);
  });
});
