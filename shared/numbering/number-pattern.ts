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
