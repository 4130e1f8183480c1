/**
 * Invoice number patterns such as "F-{YYYY}-{seq:0000}": {YYYY} the year of issue, {YY} its last two
 * digits, {seq:000} the sequence of that year padded to the number of zeros. Chorus Pro accepts at most
 * 20 characters of A-Z a-z 0-9 - _ / + in an invoice number, so the pattern is checked against that.
 */
const TOKEN = /\{(YYYY|YY|seq(?::(0+))?)\}/g;
const ALLOWED = /^[A-Za-z0-9\-_/+]*$/;
export const MAX_INVOICE_NUMBER_LENGTH = 20;
/** The widest sequence a year can reach, used to check the pattern's longest number. */
const WIDEST_SEQUENCE = 999_999;

export const DEFAULT_INVOICE_PATTERN = 'F-{YYYY}-{seq:0000}';
export const DEFAULT_CREDIT_NOTE_PATTERN = 'A-{YYYY}-{seq:0000}';

export function formatInvoiceNumber(pattern: string, year: number, sequence: number): string {
  return pattern.replace(TOKEN, (_, token: string, zeros: string | undefined) => {
    if (token === 'YYYY') return String(year);
    if (token === 'YY') return String(year % 100).padStart(2, '0');
    return String(sequence).padStart(zeros?.length ?? 1, '0');
  });
}

/** A French message saying what is wrong with the pattern, or null. */
export function checkNumberPattern(pattern: string): string | null {
  const sequences = pattern.match(/\{seq(?::0+)?\}/g) ?? [];
  if (sequences.length !== 1) return 'Le modèle de numéro doit contenir une fois {seq} (le compteur), par exemple F-{YYYY}-{seq:0000}.';
  const literal = pattern.replace(TOKEN, '');
  if (/[{}]/.test(literal)) return 'Le modèle contient une balise inconnue : utilisez {YYYY}, {YY} et {seq:0000}.';
  if (!ALLOWED.test(literal)) return 'Chorus Pro n’accepte dans un numéro de facture que les lettres sans accent, les chiffres et - _ / +.';
  const longest = formatInvoiceNumber(pattern, 2099, WIDEST_SEQUENCE);
  if (longest.length > MAX_INVOICE_NUMBER_LENGTH)
    return `Un numéro de ce modèle peut atteindre ${longest.length} caractères ; Chorus Pro en accepte ${MAX_INVOICE_NUMBER_LENGTH} au plus.`;
  return null;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * Every number the pattern can ever give, as a regular expression: the year tokens as their digits,
 * the sequence as `formatInvoiceNumber` pads it (exactly k digits with leading zeros, or more digits
 * without). Used to refuse a pattern that could give again a number already issued.
 */
export function numberPatternRegex(pattern: string): RegExp {
  let source = '';
  let last = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    source += escapeRegex(pattern.slice(last, match.index));
    const [, token, zeros] = match;
    const width = zeros?.length ?? 1;
    source += token === 'YYYY' ? '\\d{4}' : token === 'YY' ? '\\d{2}' : width === 1 ? '[1-9]\\d*' : `(?:[1-9]\\d{${width - 1},}|0\\d{${width - 1}})`;
    last = (match.index ?? 0) + match[0].length;
  }
  return new RegExp(`^${source}${escapeRegex(pattern.slice(last))}$`);
}

/**
 * Why `pattern` cannot be used after the numbers already issued, in French, or null. A number issued by
 * the same pattern is its own (its counter is past it); one issued by another pattern that this one could
 * also write would be given twice one day.
 */
export function patternConflict(pattern: string, issued: Iterable<{ number: string; series: string }>): string | null {
  const regex = numberPatternRegex(pattern);
  for (const { number, series } of issued) {
    if (series !== pattern && regex.test(number)) {
      return `Le modèle ${pattern} pourrait redonner le numéro ${number}, déjà émis : deux pièces ne peuvent pas porter le même numéro. Choisissez un modèle dont les numéros ne peuvent pas ressembler à ceux déjà émis, par exemple avec un autre préfixe.`;
    }
  }
  return null;
}

type Slot = 'digit' | 'nonzero' | string;

/** Each character class of a number of this pattern whose sequence has `digits` digits (≥ the padding). */
function slots(pattern: string, digits: number): Slot[] {
  const out: Slot[] = [];
  let last = 0;
  for (const match of pattern.matchAll(TOKEN)) {
    out.push(...pattern.slice(last, match.index));
    const [, token, zeros] = match;
    const width = zeros?.length ?? 1;
    if (token === 'YYYY' || token === 'YY') out.push(...Array<Slot>(token.length).fill('digit'));
    else out.push(digits > width || width === 1 ? 'nonzero' : 'digit', ...Array<Slot>(Math.max(width, digits) - 1).fill('digit'));
    last = (match.index ?? 0) + match[0].length;
  }
  out.push(...pattern.slice(last));
  return out;
}

const meet = (a: Slot, b: Slot): boolean => {
  if (a === 'digit' || a === 'nonzero') return b === 'digit' || b === 'nonzero' ? true : /[0-9]/.test(b) && (a === 'digit' || b !== '0');
  if (b === 'digit' || b === 'nonzero') return meet(b, a);
  return a === b;
};

/**
 * Whether two patterns used side by side (invoices and credit notes) could ever write the same number: for
 * every sequence width a series can reach, the two numbers are compared character class by class. It
 * takes any year for each year token, so it errs on the side of refusing.
 */
export function patternsOverlap(a: string, b: string): boolean {
  const widths = (pattern: string) => {
    const padding = /\{seq(?::(0+))?\}/.exec(pattern)?.[1]?.length ?? 1;
    return Array.from({ length: Math.max(padding, String(WIDEST_SEQUENCE).length) - padding + 1 }, (_, i) => padding + i);
  };
  for (const da of widths(a)) {
    for (const db of widths(b)) {
      const [x, y] = [slots(a, da), slots(b, db)];
      if (x.length === y.length && x.every((slot, i) => meet(slot, y[i] as Slot))) return true;
    }
  }
  return false;
}
