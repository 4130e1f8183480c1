import { deflateSync } from 'node:zlib';
import type { Font } from 'fontkit';

/**
 * A fixed font subset shared by every document, so that the subset is encoded and compressed once per
 * process instead of once per invoice (it was about half of the rendering time of a one-page invoice).
 *
 * pdfkit (0.20.2, pinned) numbers the glyphs of a document's subset in the order the text first uses them,
 * so two invoices almost never have the same subset and nothing about it could be reused. Here every
 * document's subset starts with the same glyphs in the same order: those of FRENCH_CHARACTERS, i.e. what
 * French invoices print (ASCII, Latin-1, the Windows-1252 extras such as œ € « » ’ “ ” – — … •, U+202F,
 * and U+FFFD, which `printable` draws for what the fonts lack), then the ff/fi/fl/ffi/ffl ligatures that
 * shaping substitutes. A document whose text only uses these glyphs has exactly this subset, so its font
 * program, ToUnicode CMap, widths and CIDSet are the same for every such document; the two compressed
 * streams are kept after the first document and written as they are afterwards. A document that uses any
 * other glyph (Ω, ŵ, a decomposed accent) has it appended after the fixed ones and goes through pdfkit's
 * own embedding unchanged: same correctness, only slower.
 *
 * Cost: the embedded fonts carry ≈ 230 glyphs per face instead of the few dozen an invoice prints, about
 * 31 KiB more per PDF (a one-page invoice goes from ≈ 37 to ≈ 69 KiB). The streams written are byte for
 * byte what pdfkit writes for that subset (taken from pdfkit's own output on the first document and
 * compressed with the same zlib call, default options), so the output stays deterministic and is the same
 * whether or not the cache was warm.
 */

/** Code points in the order their glyphs take in every subset (after .notdef, glyph 0). */
const FRENCH_CHARACTERS: readonly number[] = [
  ...range(0x20, 0x7e),
  ...range(0xa0, 0xff),
  // Windows-1252 letters and punctuation outside Latin-1.
  0x152, 0x153, 0x178, 0x160, 0x161, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc,
  0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030,
  0x2039, 0x203a, 0x20ac, 0x2122,
  // Spaces and dashes of French typography, numero sign, minus sign, and the replacement character.
  0x2009, 0x202f, 0x2010, 0x2011, 0x2116, 0x2212, 0xfffd,
];

/** Shaped once per face: the ligature glyphs its default features substitute for these letters. */
const LIGATURES = 'ff fi fl ffi ffl';

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** The parts of pdfkit's EmbeddedFont, its fontkit subset and PDFReference that this module touches. */
interface FontkitSubset {
  glyphs: number[];
  mapping: Record<number, number>;
  encode(): Uint8Array;
}
interface PdfReference {
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
  scale: number;
  subset: FontkitSubset;
  widths: number[];
  unicode: number[][];
  document: PdfDocumentInternals;
  embed(): unknown;
  toUnicodeCmap(): PdfReference;
}

interface FixedSubset {
  /** Original glyph ids, glyph 0 first: the prefix of every subset. */
  glyphs: readonly number[];
  /** Subset glyph number by original glyph id (holes elsewhere). */
  mapping: readonly number[];
  widths: readonly number[];
  unicode: ReadonlyArray<readonly number[]>;
  /** The compressed font program and ToUnicode CMap streams, once a document has made them. */
  fontFile?: Uint8Array;
  toUnicode?: Uint8Array;
}
type StreamName = 'fontFile' | 'toUnicode';

const fixedSubsets = new WeakMap<Font, FixedSubset>();

function fixedSubsetOf(font: EmbeddedFontInternals): FixedSubset {
  let fixed = fixedSubsets.get(font.font);
  if (!fixed) {
    const subset = font.font.createSubset() as unknown as FontkitSubset;
    const widths = [font.widths[0] as number];
    const unicode: number[][] = [[0]];
    const add = (glyph: { id: number; advanceWidth: number }, codePoints: number[]) => {
      if (glyph.id === 0 || subset.mapping[glyph.id] !== undefined) return;
      const gid = subset.glyphs.length;
      subset.glyphs.push(glyph.id);
      subset.mapping[glyph.id] = gid;
      // As pdfkit's EmbeddedFont.encode records them for a glyph it meets in the text.
      widths[gid] = glyph.advanceWidth * font.scale;
      unicode[gid] = codePoints;
    };
    for (const codePoint of FRENCH_CHARACTERS) add(font.font.glyphForCodePoint(codePoint), [codePoint]);
    // The ligatures shaping substitutes (DejaVu Sans: ff, fi, fl, ffi, ffl), mapped back to their letters.
    const { glyphs } = font.font.layout(LIGATURES) as { glyphs: Array<{ id: number; advanceWidth: number; codePoints: number[] }> };
    for (const glyph of glyphs) if (glyph.codePoints.length > 1) add(glyph, glyph.codePoints);
    const mapping: number[] = [];
    subset.glyphs.forEach((id, gid) => (mapping[id] = gid));
    fixed = { glyphs: subset.glyphs, mapping, widths, unicode };
    fixedSubsets.set(font.font, fixed);
  }
  return fixed;
}

/**
 * Starts the document's subset of this face with the fixed glyphs, and makes its embedding reuse the
 * fixed subset's streams when the document used no other glyph. Call before any text is drawn in the face.
 */
export function useFixedSubset(font: EmbeddedFontInternals): void {
  if (font.subset.glyphs.length !== 1 || font.widths.length !== 1) return; // already used or prepared
  const fixed = fixedSubsetOf(font);
  font.subset.glyphs = fixed.glyphs.slice();
  // fontkit only reads and sets `mapping[id]`: a copy of a holey array indexed by glyph id is a fast copy
  // with fast lookups (an object of a few hundred sparse integer keys was slow at both).
  font.subset.mapping = fixed.mapping.slice();
  font.widths = fixed.widths.slice();
  // pdfkit only replaces entries of `unicode`, never mutates the code point arrays in it.
  font.unicode = fixed.unicode.slice() as number[][];

  const document = font.document;
  const embed = font.embed;
  font.embed = function embedFixed(this: EmbeddedFontInternals) {
    // Another glyph was appended (or the document is uncompressed or encrypted): pdfkit's own embedding.
    if (this.subset.glyphs.length !== fixed.glyphs.length || document.compress === false || document._security) return embed.call(this);
    const { ref } = document;
    const { encode } = this.subset;
    const { toUnicodeCmap } = this;
    // pdfkit's embed() creates the font program's stream first and fills it with subset.encode(); later,
    // toUnicodeCmap() creates the CMap's stream and fills it. Those two streams take the cached bytes.
    let next: StreamName | undefined = 'fontFile';
    document.ref = (data) => {
      const reference = ref.call(document, data);
      if (next) reusePrecompressed(reference, fixed, next);
      next = undefined;
      return reference;
    };
    if (fixed.fontFile) this.subset.encode = () => EMPTY;
    this.toUnicodeCmap = () => {
      next = 'toUnicode';
      if (!fixed.toUnicode) return toUnicodeCmap.call(this);
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

const EMPTY = new Uint8Array(0);

/**
 * Makes `reference` write the cached compressed bytes of `fixed[name]` instead of compressing what it was
 * given or, the first time, compress it as pdfkit does (zlib.deflateSync, default options) and keep the
 * result. Length and Filter are still set by pdfkit's write() and finalize(), in the same order as usual.
 */
function reusePrecompressed(reference: PdfReference, fixed: FixedSubset, name: StreamName): void {
  const { finalize } = reference;
  reference.finalize = function finalizeFixed(this: PdfReference) {
    if (this.compress && this.buffer.length) {
      const deflated = (fixed[name] ??= deflateSync(Buffer.concat(this.buffer as Uint8Array[])));
      this.buffer = [deflated];
      this.compress = false;
    }
    finalize.call(this);
  };
}
