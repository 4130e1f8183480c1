import { formatDecimal, formatFrenchDecimal, parseDecimal, parseFrenchDecimal } from '@shared/money/decimal';
import { EURO_SUFFIX, formatEuros, formatUnitPrice, parseEuros } from '@shared/money/euros';
import type { Cents } from '@shared/money/cents';

/**
 * What people type in the amount and quantity cells ("45,50", "1 234,5") and the canonical decimal string
 * the model stores ("45.5", "1234.5"). Kept apart from the components so they can be tested under Node.
 */

/** "45,50 €" or "45,50" -> "45.5"; null when the text is not a number with at most 4 decimals. */
export function frenchToDecimalString(text: string): string | null {
  const value = parseFrenchDecimal(text.trim().replace(/\s*€$/, ''));
  return value === null ? null : formatDecimal(value);
}

/** The stored "45.5" as a French user reads it, with at least `minimumDecimals` ("45,50"). */
export function decimalStringToFrench(stored: string, minimumDecimals = 0): string {
  const value = parseDecimal(stored);
  return value === null ? stored : formatFrenchDecimal(value, 4, minimumDecimals);
}

/** A price cell: canonical when it can be read, else the text as typed, so the backend names the problem. */
export function priceForDraft(text: string): string {
  return text.trim() === '' ? '' : (frenchToDecimalString(text) ?? text.trim());
}

/** Is the text empty or a readable French decimal? (Empty cells are reported by the pre-issue checks.) */
export function isReadableDecimal(text: string): boolean {
  return text.trim() === '' || frenchToDecimalString(text) !== null;
}

/** "136,50" -> 13650 cents; null when not exact to the cent. */
export function frenchToCents(text: string): Cents | null {
  return text.trim() === '' ? null : parseEuros(text);
}

/** 13650 -> "136,50": an input's value, without the euro sign its label already gives. */
export function centsToFrenchInput(cents: number): string {
  return formatEuros(cents).slice(0, -EURO_SUFFIX.length);
}

/** A stored unit price ("45.5") as shown in tables: "45,50 €". */
export function unitPriceText(price: string): string {
  const value = parseDecimal(price);
  return value === null ? price : formatUnitPrice(value);
}

/** "27/11/2026" (or 27-11-2026, 27.11.2026, 2026-11-27) -> "2026-11-27"; null when not a real calendar date. */
export function frenchDateToIso(text: string): string | null {
  const trimmed = text.trim();
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const [year, month, day] = french ? [Number(french[3]), Number(french[2]), Number(french[1])] : iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : [0, 0, 0];
  if (!french && !iso) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31/02 over to March: a real date survives the round trip.
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return probe.toISOString().slice(0, 10);
}

/** "2026-11-27" -> "27/11/2026"; anything else unchanged. */
export function isoToFrenchDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}
