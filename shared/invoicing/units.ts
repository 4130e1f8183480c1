/**
 * Units of measure for BT-130 (UN/ECE Recommendation 20), with the French words printed on the invoice.
 * A short list on purpose: what a small business bills. The model only accepts these codes.
 */
export interface UnitOfMeasure {
  code: string;
  label: string;
  /** Short form for the quantity column of the PDF. */
  symbol: string;
}

export const UNITS_OF_MEASURE = [
  { code: 'C62', label: 'unité', symbol: 'u' },
  { code: 'H87', label: 'pièce', symbol: 'pce' },
  { code: 'SET', label: 'lot', symbol: 'lot' },
  { code: 'LS', label: 'forfait', symbol: 'forfait' },
  { code: 'E48', label: 'service', symbol: 'service' },
  { code: 'MIN', label: 'minute', symbol: 'min' },
  { code: 'HUR', label: 'heure', symbol: 'h' },
  { code: 'DAY', label: 'jour', symbol: 'j' },
  { code: 'WEE', label: 'semaine', symbol: 'sem.' },
  { code: 'MON', label: 'mois', symbol: 'mois' },
  { code: 'ANN', label: 'année', symbol: 'an' },
  { code: 'GRM', label: 'gramme', symbol: 'g' },
  { code: 'KGM', label: 'kilogramme', symbol: 'kg' },
  { code: 'TNE', label: 'tonne', symbol: 't' },
  { code: 'MTR', label: 'mètre', symbol: 'm' },
  { code: 'KMT', label: 'kilomètre', symbol: 'km' },
  { code: 'MTK', label: 'mètre carré', symbol: 'm²' },
  { code: 'MTQ', label: 'mètre cube', symbol: 'm³' },
  { code: 'LTR', label: 'litre', symbol: 'L' },
  { code: 'KWH', label: 'kilowattheure', symbol: 'kWh' },
] as const satisfies readonly UnitOfMeasure[];

export type UnitCode = (typeof UNITS_OF_MEASURE)[number]['code'];

export const UNIT_CODES = UNITS_OF_MEASURE.map((unit) => unit.code) as [UnitCode, ...UnitCode[]];

export function findUnit(code: string): UnitOfMeasure | undefined {
  return UNITS_OF_MEASURE.find((unit) => unit.code === code);
}
