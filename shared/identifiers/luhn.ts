/**
 * Luhn checksum over a string of digits (the key of SIREN and SIRET numbers). It detects every
 * single-digit substitution, which is why a SIRET typo is always caught. Non-digits make it false.
 */
export function hasValidLuhnKey(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The digit to append to `digits` so that the whole passes Luhn (used to build test and sample ids). */
export function luhnCheckDigit(digits: string): string {
  for (let d = 0; d <= 9; d++) if (hasValidLuhnKey(`${digits}${d}`)) return String(d);
  throw new RangeError('Only digits have a Luhn key.');
}
