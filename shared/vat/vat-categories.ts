/**
 * VAT categories (UNCL 5305, the subset EN 16931 allows) as data: what each needs from the seller and the
 * buyer and whether it carries an exemption reason. The rules come from EN 16931 (BR-S/Z/E/AE/IC/G/O-02,
 * -10) so that checks and serializers read them here instead of repeating them.
 */
export const VAT_CATEGORY_CODES = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O'] as const;
export type VatCategoryCode = (typeof VAT_CATEGORY_CODES)[number];

/** What the seller must show: a VAT number (BT-31), a VAT number or a tax registration = SIREN (BT-31/BT-32), or no VAT number at all. */
export type SellerVatRequirement = 'vat-number' | 'vat-number-or-siren' | 'no-vat-number';
/** What the buyer must show: nothing, a VAT number (BT-48), a VAT number or a legal id = SIRET (BT-48/BT-47), or no VAT number. */
export type BuyerVatRequirement = 'none' | 'vat-number' | 'vat-number-or-legal-id' | 'no-vat-number';

export interface VatCategory {
  code: VatCategoryCode;
  label: string;
  /** Rates allowed for this category in France, as the decimal strings the model stores (BT-119, BT-152). */
  rates: readonly string[];
  /** BR-S-10 / BR-Z-10 forbid an exemption reason; BR-E/AE/IC/G/O-10 require one. */
  hasExemption: boolean;
  /** The VATEX code used when the user does not choose one; E has none because the reason matters (franchise, art. 261…). */
  defaultExemptionCode?: string;
  seller: SellerVatRequirement;
  buyer: BuyerVatRequirement;
  /** BR-O-11…14: an invoice with a "not subject" line has no other category. */
  isExclusive: boolean;
}

/** Metropolitan France rates. Corsica and overseas rates (13, 8.5, 1.75, 1.05, 0.9 %) would be added here. */
export const FRENCH_STANDARD_RATES = ['20', '10', '5.5', '2.1'] as const;

export const VAT_CATEGORIES: Readonly<Record<VatCategoryCode, VatCategory>> = {
  S: { code: 'S', label: 'TVA au taux normal, intermédiaire ou réduit', rates: FRENCH_STANDARD_RATES, hasExemption: false, seller: 'vat-number', buyer: 'none', isExclusive: false },
  Z: { code: 'Z', label: 'TVA au taux zéro', rates: ['0'], hasExemption: false, seller: 'vat-number', buyer: 'none', isExclusive: false },
  E: { code: 'E', label: 'Exonération de TVA', rates: ['0'], hasExemption: true, seller: 'vat-number-or-siren', buyer: 'none', isExclusive: false },
  AE: { code: 'AE', label: 'Autoliquidation par le client', rates: ['0'], hasExemption: true, defaultExemptionCode: 'VATEX-EU-AE', seller: 'vat-number-or-siren', buyer: 'vat-number-or-legal-id', isExclusive: false },
  K: { code: 'K', label: 'Livraison intracommunautaire exonérée', rates: ['0'], hasExemption: true, defaultExemptionCode: 'VATEX-EU-IC', seller: 'vat-number', buyer: 'vat-number', isExclusive: false },
  G: { code: 'G', label: 'Exportation hors de l’Union européenne', rates: ['0'], hasExemption: true, defaultExemptionCode: 'VATEX-EU-G', seller: 'vat-number', buyer: 'none', isExclusive: false },
  O: { code: 'O', label: 'Opération hors du champ de la TVA', rates: ['0'], hasExemption: true, defaultExemptionCode: 'VATEX-EU-O', seller: 'no-vat-number', buyer: 'no-vat-number', isExclusive: true },
};

export function isVatCategoryCode(value: string): value is VatCategoryCode {
  return (VAT_CATEGORY_CODES as readonly string[]).includes(value);
}
