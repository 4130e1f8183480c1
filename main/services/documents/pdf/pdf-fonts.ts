import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkit';
import { useCompactSubset, type EmbeddedFontInternals } from './font-subsets';
import { pdfkitFace } from './pdfkit-face';
import { usePlainShaping, type EmbeddedFontLayout } from './plain-shaping';

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
export const FACE = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold', fallback: 'UnifontExMono' } as const;
export type FaceName = (typeof FACE)[keyof typeof FACE];

/** The replacement character, drawn only for what no face has (the pre-issue checks refuse such text). */
export const REPLACEMENT = '\ufffd';

let cached: { fonts: InvoiceFonts; faces: InvoiceFonts } | undefined;
let fallback: Font | undefined;

function fontDirectory(): string {
  // The package has no "exports" map, so its package.json resolves and the TTFs sit next to it.
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

/** The TTF file of a face. */
export function fontFile(face: keyof InvoiceFonts): string {
  return join(fontDirectory(), face === 'regular' ? 'DejaVuSans.ttf' : 'DejaVuSans-Bold.ttf');
}

export function invoiceFonts(): InvoiceFonts {
  return loaded().fonts;
}

/** The same faces as handed to pdfkit: a few fields read from the TTF bytes rather than decoded by fontkit (pdfkit-face.ts). */
export function pdfkitFaces(): InvoiceFonts {
  return loaded().faces;
}

function loaded(): { fonts: InvoiceFonts; faces: InvoiceFonts } {
  if (!cached) {
    const regular = readFileSync(fontFile('regular'));
    const bold = readFileSync(fontFile('bold'));
    const fonts = { regular: create(regular), bold: create(bold) };
    cached = { fonts, faces: { regular: pdfkitFace(fonts.regular, regular), bold: pdfkitFace(fonts.bold, bold) } };
  }
  return cached;
}

/**
 * The face for what DejaVu Sans cannot draw (CJK, Hangul, Ethiopic, emoji…): UnifontEX (@fontsource/unifontex,
 * OFL), one face with a glyph for nearly every character of the Unicode BMP and many emoji. Parsed only when a
 * document needs it; a document that does not embeds nothing of it.
 */
export function fallbackFont(): Font {
  fallback ??= create(readFileSync(join(dirname(require.resolve('@fontsource/unifontex/package.json')), 'files', 'unifontex-latin-400-normal.woff')));
  return fallback;
}

const primaryCoverage = new Map<number, boolean>();
const fallbackCoverage = new Map<number, boolean>();

/** Do both DejaVu faces draw this code point? Line breaks and tabs are the layout's, never drawn. */
export function primaryCovers(codePoint: number): boolean {
  if (codePoint === 0x0a || codePoint === 0x09) return true;
  let known = primaryCoverage.get(codePoint);
  if (known === undefined) {
    const { regular, bold } = invoiceFonts();
    known = codePoint >= 0x20 && regular.hasGlyphForCodePoint(codePoint) && bold.hasGlyphForCodePoint(codePoint);
    primaryCoverage.set(codePoint, known);
  }
  return known;
}

export function fallbackCovers(codePoint: number): boolean {
  let known = fallbackCoverage.get(codePoint);
  if (known === undefined) {
    known = codePoint >= 0x20 && fallbackFont().hasGlyphForCodePoint(codePoint);
    fallbackCoverage.set(codePoint, known);
  }
  return known;
}

/**
 * Called once per document, before anything is drawn: shares the shaping caches below and starts each
 * face's compact subset (unhinted, identical subsets encoded once: font-subsets.ts).
 *
 * Shaping (fontkit's GSUB/GPOS pass) is pdfkit's other per-document cost: its layout cache lives on the
 * per-document EmbeddedFont. The shaped runs depend only on the face and the text, and pdfkit copies
 * rather than mutates them, so one cache per face is shared by every document. It is dropped every
 * RESET_EVERY documents so that the words of past invoices do not accumulate for the life of the process.
 */
interface PdfKitFontInternals {
  font(name: string): unknown;
  _font: EmbeddedFontInternals & EmbeddedFontLayout & { layoutCache?: Record<string, unknown> };
  _registeredFonts: Record<string, unknown>;
}

/** Registers the fallback face in a document the first time it needs it. */
export function ensureFallbackFace(pdf: unknown): void {
  const internals = pdf as PdfKitFontInternals & { registerFont(name: string, font: unknown): void };
  if (!internals._registeredFonts[FACE.fallback]) internals.registerFont(FACE.fallback, fallbackFont());
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
    // Before any text: unhinted subsets, identical ones encoded once (font-subsets.ts); plain text laid out
    // without fontkit's shaping pass (plain-shaping.ts).
    useCompactSubset(internals._font);
    usePlainShaping(internals._font);
  }
}
