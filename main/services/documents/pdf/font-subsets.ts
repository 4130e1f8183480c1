import type { Font } from 'fontkit';
import { compressWith, deflateStream } from './stream-compression';
import { glyphsOf, isComposite, renumberComponents, type GlyphMetrics } from './truetype-glyphs';

/**
 * Small and fast font embedding for pdfkit (0.20.2, pinned), measured with node --cpu-prof and the size of
 * each PDF object (docs/einvoice-decisions.md, « PDF léger »):
 *
 * 1. Size. A DejaVu Sans subset carries TrueType hinting: the fpgm, prep and cvt tables (≈ 6 KB per face,
 *    whatever the glyphs) and byte code in every glyph. PDF readers render these subsets without it (the
 *    outlines are the same), so each document embeds the glyphs it prints, outlines only: a one-page
 *    invoice drops from ≈ 37 KB (70 KB with the fixed French glyph set this module used to embed) to under 30.
 * 2. Time. Encoding a subset and compressing it is the costly part of a one-page invoice. pdfkit numbers a
 *    document's glyphs in the order its text first uses them, so invoices built from the same template (same
 *    seller block first, same labels) get the same glyph list; the compressed font program and ToUnicode CMap
 *    of a glyph list are kept (a small LRU) and written as they are. The bytes are exactly what encoding would
 *    give, so the output is the same with a cold or a warm cache: same document, same bytes.
 */

/** The parts of pdfkit's EmbeddedFont, its fontkit subset and PDFReference that this module touches. */
interface FontkitSubset {
  font: Font;
  glyphs: number[];
  mapping: Record<number, number>;
  includeGlyph(id: number): number;
  encode(): Uint8Array;
}
export interface PdfReference {
  buffer: Uint8Array[];
  compress: boolean;
  finalize(): void;
  end(chunk?: Uint8Array): void;
}
interface PdfDocumentInternals {
  compress?: boolean;
  _security?: unknown;
  ref(data?: Record<string, unknown>): PdfReference;
}
export interface EmbeddedFontInternals {
  font: Font;
  subset: FontkitSubset;
  widths: number[];
  unicode: number[][];
  document: PdfDocumentInternals;
  embed(): unknown;
  toUnicodeCmap(): PdfReference;
}

interface EncodedSubset {
  fontFile?: Uint8Array;
  toUnicode?: Uint8Array;
}
type StreamName = keyof EncodedSubset;

const CACHE_SIZE = 32;
const cache = new Map<string, EncodedSubset>();

function cached(key: string): EncodedSubset {
  let entry = cache.get(key);
  if (entry) {
    cache.delete(key);
  } else {
    entry = {};
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  }
  cache.set(key, entry);
  return entry;
}

const EMPTY = new Uint8Array(0);

/**
 * A simple glyph without its instructions: header (10 bytes), endPtsOfContours, then instructionLength and the
 * instructions, which are removed; flags and coordinates follow unchanged. Composite glyphs are kept as they
 * are (their ids are renumbered by fontkit).
 */
export function withoutInstructions(glyph: Uint8Array): Uint8Array {
  if (glyph.length < 12) return glyph;
  const view = new DataView(glyph.buffer, glyph.byteOffset, glyph.byteLength);
  const contours = view.getInt16(0);
  if (contours < 0) return glyph;
  const at = 10 + 2 * contours;
  const length = view.getUint16(at);
  if (length === 0) return glyph;
  const out = new Uint8Array(glyph.length - length);
  out.set(glyph.subarray(0, at + 2), 0);
  out[at] = 0;
  out[at + 1] = 0;
  out.set(glyph.subarray(at + 2 + length), at + 2);
  return out;
}

const HINTING_TABLES = new Set<string | symbol>(['cvt ', 'prep', 'fpgm']);

/** The parts of fontkit's TTFSubset that encode() fills and _addGlyph() appends to. */
interface SubsetTables {
  font: Font;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: GlyphMetrics[] };
  offset: number;
  includeGlyph(id: number): number;
  _addGlyph(gid: number): number;
}

/**
 * fontkit's TTFSubset.encode, with each glyph copied from the font's bytes (composites renumbered as fontkit
 * does, simple glyphs without their instructions) and without the hinting tables (see above).
 */
function encodeUnhinted(subset: FontkitSubset, encode: () => Uint8Array): Uint8Array {
  const tables = subset as unknown as SubsetTables;
  const font = tables.font;
  const source = glyphsOf(font);
  const addGlyph = tables._addGlyph;
  // fontkit reads the tables through (non-configurable) getters on the font: a view of it without the three,
  // whose loca is only its format (fontkit would decode every offset to read it).
  const loca = { version: source.locaVersion };
  tables.font = new Proxy(font, { get: (target, key) => (HINTING_TABLES.has(key) ? undefined : key === 'loca' ? loca : Reflect.get(target, key, target)) });
  tables._addGlyph = function addFromBytes(this: SubsetTables, gid: number) {
    const program = source.program(gid);
    const glyph = isComposite(program) ? renumberComponents(program, (component) => this.includeGlyph(component)) : withoutInstructions(program);
    this.glyf.push(glyph);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push(source.metrics(gid));
    this.offset += glyph.length;
    return this.glyf.length - 1;
  };
  try {
    return encode.call(subset);
  } finally {
    tables._addGlyph = addGlyph;
    tables.font = font;
  }
}

/**
 * Makes this face's embedding write an unhinted subset, and reuse the compressed streams of an identical
 * subset made earlier in the process. Call before any text is drawn in the face.
 */
export function useCompactSubset(font: EmbeddedFontInternals): void {
  const document = font.document;
  const embed = font.embed;
  font.embed = function embedCompact(this: EmbeddedFontInternals) {
    // Uncompressed or encrypted documents: pdfkit's own embedding, untouched.
    if (document.compress === false || document._security) return embed.call(this);
    const key = `${this.font.postscriptName}|${this.subset.glyphs.join(',')}|${this.unicode.map((points) => points.join('.')).join(',')}`;
    const entry = cached(key);
    const { ref } = document;
    const { encode } = this.subset;
    const { toUnicodeCmap } = this;
    // pdfkit's embed() creates the font program's stream first and fills it with subset.encode(); later,
    // toUnicodeCmap() creates the CMap's stream and fills it. Those two streams take the cached bytes.
    let next: StreamName | undefined = 'fontFile';
    document.ref = (data) => {
      const reference = ref.call(document, data);
      if (next) reusePrecompressed(reference, entry, next);
      next = undefined;
      return reference;
    };
    this.subset.encode = entry.fontFile ? () => EMPTY : () => encodeUnhinted(this.subset, encode);
    this.toUnicodeCmap = () => {
      next = 'toUnicode';
      if (!entry.toUnicode) return toUnicodeCmap.call(this);
      const cmap = document.ref();
      cmap.end(EMPTY);
      return cmap;
    };
    try {
      return embed.call(this);
    } finally {
      document.ref = ref;
      this.subset.encode = encode;
      this.toUnicodeCmap = toUnicodeCmap;
    }
  };
}

/**
 * Makes `reference` write the cached compressed bytes of `entry[name]` instead of compressing what it was
 * given or, the first time, compress it (stream-compression.ts) and keep the result.
 */
export function reusePrecompressed<Name extends string>(reference: PdfReference, entry: Partial<Record<Name, Uint8Array>>, name: Name): void {
  compressWith(reference, (content) => (entry[name] ??= deflateStream(content)));
}
