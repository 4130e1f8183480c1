import { fallbackFont, invoiceFonts } from './pdf-fonts';

/**
 * The code points a Facturier PDF draws: those both DejaVu faces have, and those of the fallback face.
 * Controls are never drawn (the XML writer drops them too). As sorted [first, last] ranges.
 */
export function printableCodePointRanges(): Array<[number, number]> {
  const { regular, bold } = invoiceFonts();
  const boldSet = new Set(bold.characterSet);
  const points = new Set<number>();
  for (const codePoint of regular.characterSet) if (boldSet.has(codePoint)) points.add(codePoint);
  for (const codePoint of fallbackFont().characterSet) points.add(codePoint);
  const sorted = [...points].filter((cp) => cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0) && !(cp >= 0xd800 && cp <= 0xdfff)).sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (const codePoint of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === codePoint - 1) last[1] = codePoint;
    else ranges.push([codePoint, codePoint]);
  }
  return ranges;
}
