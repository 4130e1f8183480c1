import type { UnitCode } from '../invoicing/units';

/**
 * Sales of goods or services: a micro-entrepreneur declares them apart (different thresholds and rates).
 * Invoices do not carry the category yet (another change adds an operation category to invoices; when it
 * lands, `lineCategory` reads it first). Until then it is derived from each line's unit:
 *  - goods: pièce, kilogramme, gramme, tonne, litre, mètre cube, kilowattheure;
 *  - services: heure, jour, minute, semaine, mois, année, service, forfait, kilomètre;
 *  - « unité », « lot », mètre and mètre carré say nothing either way (a painter bills m², a draper sells m):
 *    counted as services and reported as assumed, so the screen can say so and the user can check.
 */
export type OperationCategory = 'goods' | 'services';

const GOODS_UNITS: ReadonlySet<string> = new Set<UnitCode>(['H87', 'KGM', 'GRM', 'TNE', 'LTR', 'MTQ', 'KWH']);
const SERVICE_UNITS: ReadonlySet<string> = new Set<UnitCode>(['HUR', 'DAY', 'MIN', 'WEE', 'MON', 'ANN', 'E48', 'LS', 'KMT']);

export function lineCategory(unitCode: string): { category: OperationCategory; isAssumed: boolean } {
  if (GOODS_UNITS.has(unitCode)) return { category: 'goods', isAssumed: false };
  return { category: 'services', isAssumed: !SERVICE_UNITS.has(unitCode) };
}
