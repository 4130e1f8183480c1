import type { VatCategoryCode } from './vat-categories';

/**
 * Exemption reasons (BT-120 text, BT-121 VATEX code) we offer. The codes are in the EN 16931 VATEX list
 * (validation 1.3.16). The text is what French law wants printed on the invoice.
 */
export interface VatExemption {
  code: string;
  category: VatCategoryCode;
  text: string;
  /** What the choice means, for the screen that offers it. */
  label: string;
}

export const FRANCHISE_EXEMPTION_CODE = 'VATEX-FR-FRANCHISE';
/** The exact mention of art. 293 B du CGI, in BT-120 and on the PDF. */
export const FRANCHISE_EXEMPTION_TEXT = 'TVA non applicable, art. 293 B du CGI';

export const VAT_EXEMPTIONS: readonly VatExemption[] = [
  { code: FRANCHISE_EXEMPTION_CODE, category: 'E', text: FRANCHISE_EXEMPTION_TEXT, label: 'Franchise en base de TVA (micro-entrepreneur)' },
  { code: 'VATEX-FR-CGI261-4', category: 'E', text: 'Exonération de TVA, art. 261, 4 du CGI', label: 'Soins, enseignement, formation professionnelle et autres activités de l’art. 261, 4 du CGI' },
  { code: 'VATEX-FR-CGI261-7', category: 'E', text: 'Exonération de TVA, art. 261, 7 du CGI', label: 'Organismes d’utilité générale (art. 261, 7 du CGI)' },
  { code: 'VATEX-EU-AE', category: 'AE', text: 'Autoliquidation', label: 'Autoliquidation\u00a0: la TVA est due par le client' },
  { code: 'VATEX-EU-IC', category: 'K', text: 'Exonération de TVA, art. 262 ter, I du CGI', label: 'Livraison de biens à un client assujetti d’un autre pays de l’Union' },
  { code: 'VATEX-EU-G', category: 'G', text: 'Exonération de TVA, art. 262 I du CGI', label: 'Exportation hors de l’Union européenne' },
  { code: 'VATEX-EU-O', category: 'O', text: 'Opération non soumise à la TVA', label: 'Hors du champ de la TVA' },
];

const BY_CODE = new Map(VAT_EXEMPTIONS.map((exemption) => [exemption.code, exemption]));

export function findVatExemption(code: string): VatExemption | undefined {
  return BY_CODE.get(code);
}

export function exemptionsOfCategory(category: VatCategoryCode): readonly VatExemption[] {
  return VAT_EXEMPTIONS.filter((exemption) => exemption.category === category);
}
