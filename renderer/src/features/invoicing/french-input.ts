import { formatDecimal, formatFrenchDecimal, parseDecimal, parseFrenchDecimal } from '@shared/money/decimal';
import { EURO_SUFFIX, formatEuros, formatUnitPrice, parseEuros } from '@shared/money/euros';
import type { Cents } from '@shared/money/cents';
import { t } from '../../i18n/t';

/**
 * What people type in the amount and quantity cells ("45,50", "1 234,5") and the canonical decimal string
 * the model stores ("45.5", "1234.5"). Kept apart from the components so they can be tested under Node.
 */

/**
 * How a typed number reads. French writes « 1 234,56 », but people also type « 1.234,56 » (dots grouping
 * thousands before a decimal comma), which means the same. « 1.234 » alone could be a thousand or one
 * and a quarter: it is flagged, never guessed, and never silently read as something else.
 */
export type NumberReading =
  | { kind: 'empty' }
  | { kind: 'number'; canonical: string }
  | { kind: 'ambiguous'; asThousands: string; asDecimal: string }
  | { kind: 'unreadable' };

const DOTTED_THOUSANDS = /^(-?)(\d{1,3}(?:\.\d{3})+),(\d+)$/;
const AMBIGUOUS_DOT = /^-?[1-9]\d{0,2}\.\d{3}$/;

export function readFrenchNumber(text: string, decimals = 4): NumberReading {
  const trimmed = text.trim().replace(/\s*(€|EUR)$/i, '').trim();
  if (trimmed === '') return { kind: 'empty' };
  if (AMBIGUOUS_DOT.test(trimmed)) {
    return { kind: 'ambiguous', asThousands: trimmed.replace('.', '\u202f'), asDecimal: trimmed.replace('.', ',') };
  }
  const dotted = DOTTED_THOUSANDS.exec(trimmed);
  const plain = dotted ? `${dotted[1]}${(dotted[2] as string).replaceAll('.', '')},${dotted[3]}` : trimmed;
  const value = parseFrenchDecimal(plain, decimals);
  return value === null ? { kind: 'unreadable' } : { kind: 'number', canonical: formatDecimal(value, decimals) };
}

/** The message for a number that cannot be taken as typed, or null when it can (or is empty). */
export function numberProblem(text: string, decimals = 4): string | null {
  const reading = readFrenchNumber(text, decimals);
  if (reading.kind === 'ambiguous') return t('form.numberAmbiguous', { text: text.trim(), thousands: reading.asThousands, decimal: reading.asDecimal });
  if (reading.kind === 'unreadable') return t(decimals === 2 ? 'form.amountUnreadable' : 'form.numberUnreadable');
  return null;
}

/** "45,50 €", "1.234,5" or "1 234,5" -> "45.5", "1234.5"; null when not a number with at most 4 decimals. */
export function frenchToDecimalString(text: string): string | null {
  const reading = readFrenchNumber(text);
  return reading.kind === 'number' ? reading.canonical : null;
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

/** "136,50" or "1.234,56" -> cents; null when empty, ambiguous or not exact to the cent. */
export function frenchToCents(text: string): Cents | null {
  const reading = readFrenchNumber(text, 2);
  return reading.kind === 'number' ? parseEuros(reading.canonical) : null;
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
