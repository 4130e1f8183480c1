import { frenchSpacing } from '../money/french-typography';
import { checkSiren, compactIdentifier } from './siret';

/** Country prefixes of EU VAT numbers (Greece is "EL"; "XI" is Northern Ireland under the Windsor framework). */
const EU_VAT_PREFIXES = new Set([
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'EL', 'ES', 'FI', 'FR', 'HR', 'HU', 'IE', 'IT', 'LT',
  'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'XI',
]);

/** Uppercased, without spaces or dots: "fr 40 303 265 045" -> "FR40303265045". */
export function compactVatNumber(value: string): string {
  return compactIdentifier(value).toUpperCase();
}

/** The numeric key of a French VAT number: (12 + 3 × (SIREN mod 97)) mod 97, on two digits. */
export function frenchVatKey(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return key.toString().padStart(2, '0');
}

/** The VAT number the tax office derives from a SIREN (numeric-key scheme). */
export function frenchVatNumberFromSiren(siren: string): string {
  return `FR${frenchVatKey(siren)}${siren}`;
}

/**
 * French intra-EU VAT number: FR + 2-character key + SIREN. A numeric key must match the SIREN.
 * Keys with letters exist (a scheme for newer registrations whose algorithm is not published), so those
 * are accepted on their shape alone; the SIREN inside is still checked.
 */
export function checkFrenchVatNumber(value: string): string | null {
  const vat = compactVatNumber(value);
  if (!vat.startsWith('FR')) return frenchSpacing('Un numéro de TVA français commence par « FR ».');
  if (!/^FR[0-9A-HJ-NP-Z]{2}\d{9}$/.test(vat)) {
    return frenchSpacing('Un numéro de TVA français s\'écrit FR, puis une clé de 2 caractères, puis les 9 chiffres du SIREN (ex. : FR40303265045).');
  }
  const siren = vat.slice(4);
  if (checkSiren(siren) !== null) return frenchSpacing('Le SIREN contenu dans ce numéro de TVA est faux : vérifiez ses 9 derniers chiffres.');
  const key = vat.slice(2, 4);
  if (/^\d{2}$/.test(key) && key !== frenchVatKey(siren)) {
    return frenchSpacing(`La clé de ce numéro de TVA ne correspond pas au SIREN ${siren} : vérifiez les 2 chiffres après « FR ».`);
  }
  return null;
}

/** Any EU VAT number: French ones fully checked, others on their shape (country prefix + 2 to 12 characters). */
export function checkVatNumber(value: string): string | null {
  const vat = compactVatNumber(value);
  const prefix = vat.slice(0, 2);
  if (prefix === 'FR') return checkFrenchVatNumber(vat);
  if (!EU_VAT_PREFIXES.has(prefix)) {
    return frenchSpacing('Un numéro de TVA intracommunautaire commence par le code du pays de l\'Union (FR, DE, BE…).');
  }
  if (!/^[A-Z]{2}[0-9A-Z+*]{2,12}$/.test(vat)) return frenchSpacing('Ce numéro de TVA intracommunautaire n\'a pas la bonne forme : vérifiez-le sur la facture du client.');
  return null;
}
