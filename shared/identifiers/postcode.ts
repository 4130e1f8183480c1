import { frenchSpacing } from '../money/french-typography';

/**
 * The 3-digit prefixes of overseas postcodes that exist: 971–978 (Guadeloupe, Martinique, Guyane, La Réunion,
 * Saint-Pierre-et-Miquelon, Mayotte, Saint-Barthélemy, Saint-Martin) and 980 (Monaco, served by La Poste),
 * 984, 986, 987, 988 (TAAF, Wallis-et-Futuna, Polynésie française, Nouvelle-Calédonie).
 */
const OVERSEAS_PREFIXES = new Set(['971', '972', '973', '974', '975', '976', '977', '978', '980', '984', '986', '987', '988']);

/**
 * French postcode: 5 digits whose first two are a department (01–95; Corsica's 2A and 2B use 20xxx)
 * or an overseas prefix. Returns a French message, or null when valid.
 */
export function checkFrenchPostcode(value: string): string | null {
  const postcode = value.trim();
  if (/^2[AB]/i.test(postcode)) return 'En Corse, le code postal commence par 20 (2A et 2B ne servent que de numéro de département).';
  if (!/^\d{5}$/.test(postcode)) return 'Le code postal compte 5 chiffres.';
  const department = Number(postcode.slice(0, 2));
  if (department >= 1 && department <= 95) return null;
  if (OVERSEAS_PREFIXES.has(postcode.slice(0, 3))) return null;
  return frenchSpacing(`Aucun département ne commence par « ${postcode.slice(0, department >= 96 ? 3 : 2)} » : vérifiez le code postal.`);
}
