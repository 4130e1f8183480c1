import { frenchSpacing } from '../money/french-typography';
import { hasValidLuhnKey } from './luhn';

/** La Poste's establishments do not follow Luhn: their SIRETs have a digit sum that is a multiple of 5. */
const LA_POSTE_SIREN = '356000000';

/** Removes the spaces and dots a user types or pastes ("123 456 789 00012"). */
export function compactIdentifier(value: string): string {
  return value.replace(/[\s\u00a0\u202f.]/g, '');
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const c of digits) sum += c.charCodeAt(0) - 48;
  return sum;
}

function checkDigits(label: string, value: string, length: number): string | null {
  if (!/^\d+$/.test(value)) return `Le ${label} ne doit contenir que des chiffres.`;
  if (value.length !== length) return `Le ${label} compte ${length} chiffres (ici ${value.length}).`;
  return null;
}

const wrongKey = (label: string) =>
  frenchSpacing(`Ce ${label} n'existe pas : sa clé de contrôle est fausse. Vérifiez chaque chiffre.`);

/** Returns a French message saying what is wrong with the SIREN, or null when it is valid. */
export function checkSiren(value: string): string | null {
  const siren = compactIdentifier(value);
  const problem = checkDigits('SIREN', siren, 9);
  if (problem) return problem;
  return hasValidLuhnKey(siren) ? null : wrongKey('SIREN');
}

/** Returns a French message saying what is wrong with the SIRET, or null when it is valid. */
export function checkSiret(value: string): string | null {
  const siret = compactIdentifier(value);
  const problem = checkDigits('SIRET', siret, 14);
  if (problem) return problem;
  // La Poste's head office (356 000 000 00048) passes Luhn; its other establishments only the digit-sum rule.
  const isValid = hasValidLuhnKey(siret) || (siret.startsWith(LA_POSTE_SIREN) && digitSum(siret) % 5 === 0);
  return isValid ? null : wrongKey('SIRET');
}

export function isValidSiret(value: string): boolean {
  return checkSiret(value) === null;
}

/** The SIREN (the company) is the first 9 digits of the SIRET (one of its establishments). */
export function sirenOfSiret(siret: string): string {
  return compactIdentifier(siret).slice(0, 9);
}
