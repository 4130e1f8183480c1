import { toCents, type Cents } from './cents';
import { DECIMAL_SCALE, formatFrenchDecimal, parseDecimal, parseFrenchDecimal } from './decimal';

/**
 * French money display, byte for byte what Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' })
 * prints on Node 20 (ICU): U+202F NARROW NO-BREAK SPACE between thousands, "," before the cents, U+00A0
 * NO-BREAK SPACE before "€", and a hyphen-minus for negatives ("-1 234,56 €"). We format by hand so the
 * renderer, the PDF and the tests agree whatever ICU data a platform ships, and without going through floats.
 */
export const EURO_SUFFIX = '\u00a0€';

export function formatEuros(cents: Cents): string {
  // -0 must not print as "-0,00 €".
  return `${formatFrenchDecimal(BigInt(cents === 0 ? 0 : cents), 2, 2)}${EURO_SUFFIX}`;
}

/** A unit price in ten-thousandths of a euro: 2 to 4 decimals ("12,3456 €", "45,00 €"). */
export function formatUnitPrice(tenThousandths: bigint): string {
  return `${formatFrenchDecimal(tenThousandths, DECIMAL_SCALE, 2)}${EURO_SUFFIX}`;
}

/** Cents as the plain decimal the XML wants (BR-DEC: exactly 2 decimals): 123456 -> "1234.56". */
export function centsToDecimalString(cents: Cents): string {
  const negative = cents < 0;
  const digits = Math.abs(cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** The inverse of centsToDecimalString; also accepts fewer decimals ("12.5"). Null when not exact to the cent. */
export function decimalStringToCents(text: string): Cents | null {
  return safeCents(parseDecimal(text, 2));
}

/** Reads an amount a French user typed ("1 234,56", "1234.5 €", "-3"); null when not exact to the cent. */
export function parseEuros(text: string): Cents | null {
  return safeCents(parseFrenchDecimal(text.trim().replace(/\s*(€|EUR)$/i, ''), 2));
}

function safeCents(value: bigint | null): Cents | null {
  const isSafe = value !== null && value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER);
  return isSafe ? toCents(value) : null;
}
