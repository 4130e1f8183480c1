import { centsToDecimalString } from '@shared/money/euros';

/**
 * CSV as French spreadsheets open it: `;` between fields, a decimal comma, UTF-8 with a byte order mark
 * (so Excel reads the accents), CRLF line ends. Text that a spreadsheet would run as a formula (= + - @ and
 * tab or CR first) is prefixed with an apostrophe: a customer named "=HYPERLINK(…)" stays text.
 */
export const CSV_BOM = '\ufeff';

export function csvText(value: string | null | undefined): string {
  const text = value ?? '';
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvAmount(cents: number): string {
  return centsToDecimalString(cents).replace('.', ',');
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.join(';')}\r\n`;
}
