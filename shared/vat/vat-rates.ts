import { parseDecimal } from '../money/decimal';

/**
 * A VAT rate is stored as the decimal string of a percentage ("20", "5.5", "0"), exactly what BT-119 and
 * BT-152 print. Arithmetic uses basis points (hundredths of a percent: "5.5" -> 550n), so base × rate
 * stays an integer product.
 */
export type VatRate = string;

export function vatRateToBasisPoints(rate: VatRate): bigint {
  const basisPoints = parseDecimal(rate, 2);
  if (basisPoints === null || basisPoints < 0n) throw new RangeError(`Not a VAT rate: "${rate}".`);
  return basisPoints;
}

/** "5.5" -> "5,5 %" (no-break space before %, as French typography and Intl percent formatting do). */
export function formatVatRate(rate: VatRate): string {
  return `${rate.replace('.', ',')}\u00a0%`;
}
