import type { CheckContext } from './check-context';
import { error, type Finding } from './findings';
import { PRINTABLE_RANGES } from './printable-ranges';

/** Line breaks and tabs are laid out, not drawn. */
const LAYOUT_CHARACTERS = new Set([0x09, 0x0a, 0x0d]);

export function isPrintable(codePoint: number): boolean {
  if (LAYOUT_CHARACTERS.has(codePoint)) return true;
  let low = 0;
  let high = PRINTABLE_RANGES.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const first = PRINTABLE_RANGES[2 * middle] as number;
    const last = PRINTABLE_RANGES[2 * middle + 1] as number;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

/** The distinct characters of a text that no face of the PDF can draw, in order of appearance. */
export function unprintableCharacters(text: string): string[] {
  const found: string[] = [];
  for (const char of text) if (!isPrintable(char.codePointAt(0) as number) && !found.includes(char)) found.push(char);
  return found;
}

const describe = (char: string) => `« ${char} » (U+${(char.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')})`;

/** "lines.2.description" -> "Ligne 3 : ". */
function linePrefix(path: string): string {
  const match = /^lines\.(\d+)\./.exec(path);
  return match ? `Ligne ${Number(match[1]) + 1} : ` : '';
}

/**
 * Every character accepted is drawn on the PDF (DejaVu Sans, or the fallback face for CJK, Hangul, emoji…);
 * the few that no face has (unassigned or private-use code points, rare symbols) are refused here, with the
 * field, rather than printed as « � ».
 */
export function checkPrintable({ doc }: CheckContext): Finding[] {
  const found: Finding[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      const bad = unprintableCharacters(value);
      if (bad.length > 0) {
        const list = bad.slice(0, 3).map(describe).join(', ');
        const plural = bad.length > 1;
        found.push(error('text-not-printable', path, `${linePrefix(path)}${plural ? 'les caractères' : 'le caractère'} ${list} ne ${plural ? 'peuvent' : 'peut'} pas être imprimé${plural ? 's' : ''} sur la facture : remplacez-${plural ? 'les' : 'le'} ou retirez-${plural ? 'les' : 'le'}.`));
      }
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}.${index}`));
    else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, path === '' ? key : `${path}.${key}`);
  };
  visit(doc, '');
  return found;
}
