/**
 * Exact decimals for quantities and unit prices, as scaled bigints: with the default scale of 4, the
 * bigint counts ten-thousandths ("12.5" -> 125000n, "0.0001" -> 1n). The invoice model stores them as
 * decimal strings (JSON-friendly, exact); arithmetic parses them here and never touches binary floats.
 */
export const DECIMAL_SCALE = 4;

const GROUP_SEPARATORS = /[ \u00a0\u202f]/;
const NARROW_NO_BREAK_SPACE = '\u202f';

function pow10(scale: number): bigint {
  return 10n ** BigInt(scale);
}

function fromParts(negative: boolean, integerDigits: string, fractionDigits: string, scale: number): bigint | null {
  if (fractionDigits.length > scale) return null;
  const value = BigInt(integerDigits) * pow10(scale) + BigInt(fractionDigits.padEnd(scale, '0') || '0');
  return negative ? -value : value;
}

/** Parses the canonical form the model stores ("12.5", "-3", "0.0001"); null when not exact at `scale`. */
export function parseDecimal(text: string, scale: number = DECIMAL_SCALE): bigint | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  return fromParts(match[1] === '-', match[2] as string, match[3] ?? '', scale);
}

/**
 * Parses what a French user types: "1 234,56", "1234.5", "-0,25", "−3" (with any kind of space between
 * groups of three digits). Dots are never read as thousands separators: "1.234" is one and a quarter-ish,
 * not a thousand, so a French user who means 1234 must not type a dot at all.
 */
export function parseFrenchDecimal(text: string, scale: number = DECIMAL_SCALE): bigint | null {
  const trimmed = text.trim().replace(/^\u2212/, '-');
  const match = /^(-?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](\d+))?$/.exec(trimmed);
  if (!match) return null;
  const integerDigits = (match[2] as string).split(GROUP_SEPARATORS).join('');
  return fromParts(match[1] === '-', integerDigits, match[3] ?? '', scale);
}

function split(value: bigint, scale: number): { sign: string; integer: string; fraction: string } {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const digits = magnitude.toString().padStart(scale + 1, '0');
  return {
    sign: negative ? '-' : '',
    integer: digits.slice(0, digits.length - scale),
    fraction: digits.slice(digits.length - scale),
  };
}

function trimFraction(fraction: string, minimumDecimals: number): string {
  let end = fraction.length;
  while (end > minimumDecimals && fraction[end - 1] === '0') end--;
  return fraction.slice(0, end);
}

/** The canonical string of a scaled value: shortest exact form, "." as separator ("12.5", "-3"). */
export function formatDecimal(value: bigint, scale: number = DECIMAL_SCALE): string {
  const { sign, integer, fraction } = split(value, scale);
  const decimals = trimFraction(fraction, 0);
  return `${sign}${integer}${decimals ? `.${decimals}` : ''}`;
}

/** Groups an integer's digits by three with U+202F, as Intl.NumberFormat('fr-FR') does. */
export function groupThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+$)/g, NARROW_NO_BREAK_SPACE);
}

/** French display of a scaled value: "1 234,5" (U+202F between groups), at least `minimumDecimals`. */
export function formatFrenchDecimal(value: bigint, scale: number = DECIMAL_SCALE, minimumDecimals = 0): string {
  const { sign, integer, fraction } = split(value, scale);
  const decimals = trimFraction(fraction, Math.min(minimumDecimals, scale));
  return `${sign}${groupThousands(integer)}${decimals ? `,${decimals}` : ''}`;
}
