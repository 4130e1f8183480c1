import { FRENCH_STANDARD_RATES, VAT_CATEGORIES, type VatCategoryCode } from './vat-categories';
import { findVatExemption, FRANCHISE_EXEMPTION_CODE, VAT_EXEMPTIONS } from './vat-exemptions';
import { formatVatRate, type VatRate } from './vat-rates';
import { frenchSpacing } from '../money/french-typography';

/** One entry of the VAT menu on an invoice line: a category, a rate and, for exemptions, the reason. */
export interface VatChoice {
  id: string;
  label: string;
  category: VatCategoryCode;
  rate: VatRate;
  exemptionCode?: string;
}

/** The menu, derived from the data so a new rate or exemption appears without touching the UI. */
export const VAT_CHOICES: readonly VatChoice[] = [
  ...FRENCH_STANDARD_RATES.map((rate) => ({ id: `S-${rate}`, label: frenchSpacing(`TVA ${formatVatRate(rate)}`), category: 'S' as const, rate })),
  { id: 'Z-0', label: VAT_CATEGORIES.Z.label, category: 'Z', rate: '0' },
  ...VAT_EXEMPTIONS.map((exemption) => ({ id: exemption.code, label: exemption.label, category: exemption.category, rate: '0', exemptionCode: exemption.code })),
];

/** What a seller in the VAT franchise puts on every line. */
export const FRANCHISE_VAT_CHOICE = VAT_CHOICES.find((choice) => choice.id === FRANCHISE_EXEMPTION_CODE) as VatChoice;

/**
 * Is this (category, rate, exemption) combination one EN 16931 and French law accept? A French message, or null.
 * An exempt category without a code falls back to the category default (see effectiveExemptionCode).
 */
export function checkVatCombination(category: VatCategoryCode, rate: VatRate, exemptionCode?: string): string | null {
  const spec = VAT_CATEGORIES[category];
  if (!spec.rates.includes(rate)) {
    return frenchSpacing(`Le taux ${formatVatRate(rate)} n'existe pas pour « ${spec.label} » : choisissez ${spec.rates.map(formatVatRate).join(', ')}.`);
  }
  if (!spec.hasExemption) {
    return exemptionCode === undefined ? null : frenchSpacing(`« ${spec.label} » ne comporte pas de motif d'exonération : retirez-le.`);
  }
  const code = exemptionCode ?? spec.defaultExemptionCode;
  if (code === undefined) return frenchSpacing(`Indiquez le motif d'exonération de TVA (par exemple « TVA non applicable, art. 293 B du CGI »).`);
  const exemption = findVatExemption(code);
  if (!exemption || exemption.category !== category) {
    return frenchSpacing(`Le motif d'exonération ${code} ne convient pas à « ${spec.label} » : choisissez-en un autre.`);
  }
  return null;
}

/** The VATEX code a line ends up with: its own, or the default of its category (none for S and Z). */
export function effectiveExemptionCode(category: VatCategoryCode, exemptionCode?: string): string | undefined {
  const spec = VAT_CATEGORIES[category];
  return spec.hasExemption ? (exemptionCode ?? spec.defaultExemptionCode) : undefined;
}
