import { hasValidLuhnKey } from './luhn';

/** La Poste's establishments do not follow Luhn: their SIRETs have a digit sum that is a multiple of 5. */
const LA_POSTE_SIREN = '356000000';

/** Removes the spaces a user types or pastes ("123 456 789 00012"). */
export function compactIdentifier(value: string): string {
  return value.replace(/[\s\u00a0\u202f.]/g, '');
}

function digitSum(digits: string): number {
  let sum = 0;
  for (const c of digits) sum += c.charCodeAt(0) - 48;
  return sum;
}

/** Returns a French message saying what is wrong with the SIREN, or null when it is valid. */
export function checkSiren(value: string): string | null {
  const siren = compactIdentifier(value);
  if (!/^\d+$/.test(siren)) return 'Le SIREN ne doit contenir que des chiffres.';
  if (siren.length !== 9) return `Le SIREN compte 9 chiffres (ici ${siren.length}).`;
  if (!hasValidLuhnKey(siren)) return 'Ce SIREN n’existe pas : sa clé de contrôle est fausse. Vérifiez chaque chiffre.';
  return null;
}

/** Returns a French message saying what is wrong with the SIRET, or null when it is valid. */
export function checkSiret(value: string): string | null {
  const siret = compactIdentifier(value);
  if (!/^\d+$/.test(siret)) return 'Le SIRET ne doit contenir que des chiffres.';
  if (siret.length !== 14) return `Le SIRET compte 14 chiffres (ici ${siret.length}).`;
  // La Poste's head office (356 000 000 00048) passes Luhn; its other establishments only the digit-sum rule.
  const isValid = hasValidLuhnKey(siret) || (siret.startsWith(LA_POSTE_SIREN) && digitSum(siret) % 5 === 0);
  if (!isValid) return 'Ce SIRET n’existe pas : sa clé de contrôle est fausse. Vérifiez chaque chiffre.';
  return null;
}

export function isValidSiret(value: string): boolean {
  return checkSiret(value) === null;
}
