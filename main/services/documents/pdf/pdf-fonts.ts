import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';
import { useFixedSubset, type EmbeddedFontInternals } from './font-subsets';

/**
 * The two faces every Facturier PDF uses, DejaVu Sans and DejaVu Sans Bold, read from the npm package
 * dejavu-fonts-ttf (never a system font, never one of the 14 standard PDF fonts: PDF/A wants every font
 * embedded, and the standard ones cannot print œ or U+202F).
 *
 * Why a process-wide cache: pdfkit parses the TTF (≈ 750 KB, 6 000 glyphs) again for every document when
 * given a path or a Buffer, which cost ≈ 50 ms per invoice. pdfkit also accepts an already parsed fontkit
 * font, so we parse each face once and hand the same object to every document. Each document still builds
 * its own subset (`font.createSubset()` in pdfkit's EmbeddedFont), so sharing the parsed font is safe;
 * fontkit's glyph and table caches on that object are what make the second document fast.
 */
export interface InvoiceFonts {
  regular: Font;
  bold: Font;
}

/** The names the layout selects the faces by: their PostScript names (see factur-x-pdf.ts for why). */
export const FACE = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' } as const;

/** The replacement character, drawn for anything the font lacks rather than an invisible blank box. */
const REPLACEMENT = '\ufffd';

let cached: InvoiceFonts | undefined;

function fontDirectory(): string {
  // The package has no "exports" map, so its package.json resolves and the TTFs sit next to it.
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

export function invoiceFonts(): InvoiceFonts {
  if (!cached) {
    const dir = fontDirectory();
    cached = {
      regular: create(readFileSync(join(dir, 'DejaVuSans.ttf'))),
      bold: create(readFileSync(join(dir, 'DejaVuSans-Bold.ttf'))),
    };
  }
  return cached;
}

const coverage = new Map<number, boolean>();

/**
 * The text with every character the fonts cannot draw replaced by U+FFFD, so a pasted emoji shows as a
 * visible "�" (and extracts as such) instead of a silent .notdef box. Both faces share the same coverage
 * for what an invoice prints; the regular face is the reference. Results are memoised per code point.
 */
export function printable(text: string): string {
  let clean = true;
  for (const char of text) {
    if (!covers(char.codePointAt(0) as number)) {
      clean = false;
      break;
    }
  }
  if (clean) return text;
  let out = '';
  for (const char of text) out += covers(char.codePointAt(0) as number) ? char : REPLACEMENT;
  return out;
}

function covers(codePoint: number): boolean {
  // Line breaks and tabs are handled by the layout, not drawn.
  if (codePoint === 0x0a || codePoint === 0x09) return true;
  let known = coverage.get(codePoint);
  if (known === undefined) {
    const { regular, bold } = invoiceFonts();
    known = codePoint >= 0x20 && regular.hasGlyphForCodePoint(codePoint) && bold.hasGlyphForCodePoint(codePoint);
    coverage.set(codePoint, known);
  }
  return known;
}

/**
 * Called once per document, before anything is drawn: shares the shaping caches below and starts each
 * face's subset with the fixed glyphs of font-subsets.ts.
 *
 * Shaping (fontkit's GSUB/GPOS pass) is pdfkit's other per-document cost: its layout cache lives on the
 * per-document EmbeddedFont. The shaped runs depend only on the face and the text, and pdfkit copies
 * rather than mutates them, so one cache per face is shared by every document. It is dropped every
 * RESET_EVERY documents so that the words of past invoices do not accumulate for the life of the process.
 */
interface PdfKitFontInternals {
  font(name: string): unknown;
  _font: EmbeddedFontInternals & { layoutCache?: Record<string, unknown> };
}

const RESET_EVERY = 500;
let layoutCaches: Record<string, Record<string, unknown>> = {};
let documentsSinceReset = 0;

export function shareLayoutCaches(pdf: unknown): void {
  if (++documentsSinceReset > RESET_EVERY) {
    layoutCaches = {};
    documentsSinceReset = 1;
  }
  const internals = pdf as PdfKitFontInternals;
  for (const face of [FACE.bold, FACE.regular]) {
    internals.font(face);
    // pdfkit leaves layoutCache undefined when the document was created with fontLayoutCache: false.
    if (internals._font.layoutCache) internals._font.layoutCache = layoutCaches[face] ??= Object.create(null) as Record<string, unknown>;
    // Before any text: the subset starts with the glyphs whose encoded font is shared (font-subsets.ts).
    useFixedSubset(internals._font);
  }
}
