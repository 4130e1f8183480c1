import { isValidSiret } from '@shared/identifiers/siret';

/** A text cell as written, or a number a spreadsheet stored (« 21490021900012 », « 2.1490021900012E+13 », « 1490021900012.0 »). */
function digitsOf(raw: string): string | null {
  const text = raw.trim();
  if (/^\d(?:[.,]\d+)?e\+?\d+$/i.test(text)) {
    const value = Number(text.replace(',', '.'));
    return Number.isSafeInteger(value) ? String(value) : null;
  }
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\.0+$/, '');
  return /^\d+$/.test(compact) ? compact : null;
}

/** SIRENs start with up to two or three zeros (old companies, some public bodies), never more. */
const MIN_NUMERIC_SIRET = 11;

export type SiretReading = { siret: string; isRepaired: boolean } | { siret: null; isRepaired: false };

/**
 * The SIRET of a cell. A spreadsheet that stored it as a number lost its leading zeros
 * (« 3501995035313 » for « 03501995035313 »): it is padded back to 14 digits and accepted only if the key
 * then holds, so a truncated or mistyped number is never taken for a SIRET.
 */
export function readSiret(raw: string): SiretReading {
  const digits = digitsOf(raw);
  // At most three zeros lost: a 9-digit SIREN padded with five zeros passes the key too, but is no SIRET.
  if (digits === null || digits.length > 14 || digits.length < MIN_NUMERIC_SIRET) return { siret: null, isRepaired: false };
  const siret = digits.padStart(14, '0');
  if (!isValidSiret(siret)) return { siret: null, isRepaired: false };
  return { siret, isRepaired: siret !== digits };
}

/** A French postcode a spreadsheet turned into a number (« 1000 » for « 01000 »). */
export function readPostcode(raw: string): { postcode: string; isRepaired: boolean } {
  const text = raw.trim();
  if (/^\d{4}$/.test(text)) return { postcode: `0${text}`, isRepaired: true };
  if (/^\d{4,5}\.0+$/.test(text)) {
    const digits = text.replace(/\.0+$/, '');
    return { postcode: digits.padStart(5, '0'), isRepaired: digits.length === 4 };
  }
  return { postcode: text, isRepaired: false };
}

const YES = new Set(['oui', 'o', 'yes', 'y', 'vrai', 'true', '1', 'x', 'actif', 'active', 'a']);
const NO = new Set(['non', 'n', 'no', 'faux', 'false', '0', 'inactif', 'inactive', 'i', 'ferme']);

function foldFlag(raw: string): boolean | null | 'unreadable' {
  const lower = raw.trim().toLowerCase();
  // Plain ASCII first (nearly every cell); accents (« fermé ») only when needed.
  const text = /^[ -~]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (text === '') return null;
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return 'unreadable';
}

/** A directory's yes/no columns hold a handful of distinct spellings: each is read once. */
const flagsSeen = new Map<string, boolean | null | 'unreadable'>();

/** A yes/no cell: true, false, null when empty, or 'unreadable' for anything else (reported). */
export function readFlag(raw: string): boolean | null | 'unreadable' {
  let value = flagsSeen.get(raw);
  if (value === undefined) {
    value = foldFlag(raw);
    if (flagsSeen.size < 1_000) flagsSeen.set(raw, value);
  }
  return value;
}
