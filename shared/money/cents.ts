/**
 * Money is an integer number of euro cents, end to end (UI, IPC, database, XML).
 *
 * Why `number` and not `bigint`: cents must cross IPC and JSON and land in SQLite INTEGER columns, and a
 * safe integer (|n| ≤ 2^53 − 1, i.e. ±90 000 milliards d’euros) is far beyond any invoice. Products that
 * can exceed that range (quantity × unit price, base × rate) are computed in `bigint` and only the
 * rounded result comes back as `Cents`.
 */
export type Cents = number;

export function isCents(value: unknown): value is Cents {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/**
 * numerator / divisor rounded to the nearest integer, ties away from zero (0.5 -> 1, -0.5 -> -1).
 * EN 16931 validators recompute BR-CO-17 on absolute values, so this is the rounding they accept for
 * negative amounts too; banker's rounding or Math.round (ties toward +∞) would differ on ties.
 */
export function divideRoundHalfAwayFromZero(numerator: bigint, divisor: bigint): bigint {
  if (divisor <= 0n) throw new RangeError('The divisor must be positive.');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const quotient = magnitude / divisor;
  const remainder = magnitude % divisor;
  const rounded = remainder * 2n >= divisor ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}

/** Brings a bigint amount back to `Cents`, refusing silently lossy conversions. */
export function toCents(value: bigint): Cents {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`Amount out of range: ${value} cents.`);
  }
  return Number(value);
}

/** Sums cents exactly (in bigint, so a long list cannot drift past the safe-integer range unnoticed). */
export function sumCents(values: readonly Cents[]): Cents {
  let total = 0n;
  for (const value of values) total += BigInt(value);
  return toCents(total);
}
