import { describe, expect, it } from 'vitest';
import { VAT_CATEGORIES, VAT_CATEGORY_CODES, type VatCategoryCode } from '@shared/vat/vat-categories';
import { checkVatCombination, effectiveExemptionCode, FRANCHISE_VAT_CHOICE, VAT_CHOICES } from '@shared/vat/vat-choices';
import { exemptionsOfCategory, findVatExemption, VAT_EXEMPTIONS } from '@shared/vat/vat-exemptions';
import { formatVatRate, vatRateToBasisPoints } from '@shared/vat/vat-rates';

describe('VAT data', () => {
  it('offers the four French rates under S and the franchise as E + VATEX-FR-FRANCHISE', () => {
    expect(VAT_CATEGORIES.S.rates).toEqual(['20', '10', '5.5', '2.1']);
    expect(FRANCHISE_VAT_CHOICE).toEqual({
      id: 'VATEX-FR-FRANCHISE',
      label: 'Franchise en base de TVA (micro-entrepreneur)',
      category: 'E',
      rate: '0',
      exemptionCode: 'VATEX-FR-FRANCHISE',
    });
    expect(findVatExemption('VATEX-FR-FRANCHISE')?.text).toBe('TVA non applicable, art. 293 B du CGI');
  });

  it('keeps every menu entry and every exemption consistent with its category', () => {
    for (const choice of VAT_CHOICES) expect(checkVatCombination(choice.category, choice.rate, choice.exemptionCode)).toBeNull();
    for (const exemption of VAT_EXEMPTIONS) expect(VAT_CATEGORIES[exemption.category].hasExemption).toBe(true);
    for (const code of VAT_CATEGORY_CODES) {
      const spec = VAT_CATEGORIES[code];
      if (spec.defaultExemptionCode) expect(findVatExemption(spec.defaultExemptionCode)?.category).toBe(code);
      expect(VAT_CHOICES.some((choice) => choice.category === code)).toBe(true);
    }
    expect(new Set(VAT_CHOICES.map((choice) => choice.id)).size).toBe(VAT_CHOICES.length);
    expect(exemptionsOfCategory('E').map((e) => e.code)).toContain('VATEX-FR-CGI261-4');
  });

  it.each<[VatCategoryCode, string, string | undefined, RegExp | null]>([
    ['S', '20', undefined, null],
    ['S', '2.1', undefined, null],
    ['S', '0', undefined, /n’existe pas pour/],
    ['S', '19.6', undefined, /choisissez 20\u00a0%, 10\u00a0%, 5,5\u00a0%, 2,1\u00a0%/],
    ['S', '20', 'VATEX-EU-O', /ne comporte pas de motif/],
    ['Z', '0', undefined, null],
    ['E', '0', 'VATEX-FR-FRANCHISE', null],
    ['E', '0', undefined, /Indiquez le motif d’exonération/],
    ['E', '20', 'VATEX-FR-FRANCHISE', /n’existe pas pour/],
    ['E', '0', 'VATEX-EU-AE', /ne convient pas/],
    ['E', '0', 'VATEX-XX-UNKNOWN', /ne convient pas/],
    ['AE', '0', undefined, null],
    ['K', '0', undefined, null],
    ['G', '0', undefined, null],
    ['O', '0', undefined, null],
    ['O', '0', 'VATEX-FR-FRANCHISE', /ne convient pas/],
  ])('%s at %s with %s', (category, rate, exemption, expected) => {
    const problem = checkVatCombination(category, rate, exemption);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  it('falls back to the category default exemption, and gives none to S and Z', () => {
    expect(effectiveExemptionCode('AE')).toBe('VATEX-EU-AE');
    expect(effectiveExemptionCode('K')).toBe('VATEX-EU-IC');
    expect(effectiveExemptionCode('E')).toBeUndefined();
    expect(effectiveExemptionCode('E', 'VATEX-FR-CGI261-4')).toBe('VATEX-FR-CGI261-4');
    expect(effectiveExemptionCode('S', 'VATEX-EU-O')).toBeUndefined();
  });

  it('computes with basis points and prints rates the French way', () => {
    expect(vatRateToBasisPoints('5.5')).toBe(550n);
    expect(vatRateToBasisPoints('20')).toBe(2000n);
    expect(vatRateToBasisPoints('2.1')).toBe(210n);
    expect(() => vatRateToBasisPoints('5,5')).toThrow(RangeError);
    expect(formatVatRate('5.5')).toBe('5,5\u00a0%');
  });
});

describe('VAT texts follow our typography', () => {
  it('has no breakable space before French punctuation in any label or mention', () => {
    const texts = [...VAT_CHOICES.map((c) => c.label), ...VAT_EXEMPTIONS.flatMap((e) => [e.label, e.text]), ...VAT_CATEGORY_CODES.map((c) => VAT_CATEGORIES[c].label)];
    for (const text of texts) expect(text).not.toMatch(/ [:;?!%€]|'/);
  });
});
