import { PLAIN_SHAPING } from './plain-shaping-data';

/**
 * Layout of plain invoice text (Latin letters, digits, French typography) without fontkit's shaping pass.
 *
 * Why: fontkit lays text out by running the face's GSUB and GPOS tables, and the first run of each face decodes
 * them (DejaVu's are large: every script, a big kerning class matrix), ≈ 40 ms per face in the first invoice of a
 * process, and cold code for every word later. For these characters, what that pass does in DejaVu Sans comes down
 * to three things, recorded once per face by scripts/generate-plain-shaping.ts (asked of fontkit itself):
 * each character's glyph and advance, the f-ligatures (ff, fi, fl, ffi, ffl) and the kerning of each glyph pair.
 * Applying them gives the same glyphs and positions as fontkit (test/integration/documents/pdf-plain-shaping.test.ts
 * compares the two), hence the same PDF. Any other text (another script, combining marks, a format character that
 * fontkit hides) goes through fontkit as before.
 */
export interface PlainShapingData {
  /** SHA-256 of the TTF the data was generated from. */
  sha256: string;
  unitsPerEm: number;
  /** [code point, glyph, advance, 1 if fontkit takes it as Latin script]… */
  glyphs: number[];
  /** [glyph, advance, code points…]: the Latin ligatures, in the order fontkit tries them. */
  ligatures: number[][];
  /** [left glyph, right glyph, adjustment of the left glyph's advance]…, for a run with a Latin letter. */
  latinKerning: number[];
  /** The same for a run without one (digits, punctuation): fontkit shapes it with the default script. */
  defaultKerning: number[];
}

/** The characters the data covers: Latin-1 and Latin Extended-A/B, French punctuation and spaces, €, №, ™, −. */
export function isPlainCandidate(codePoint: number): boolean {
  // U+00AD and U+200B–U+200F are default-ignorable: fontkit replaces them with an empty space.
  if (codePoint === 0xad || (codePoint >= 0x200b && codePoint <= 0x200f)) return false;
  return (
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    (codePoint >= 0xa0 && codePoint <= 0x24f) ||
    (codePoint >= 0x2009 && codePoint <= 0x2026) ||
    codePoint === 0x202f ||
    (codePoint >= 0x2030 && codePoint <= 0x203a) ||
    codePoint === 0x20ac ||
    codePoint === 0x2116 ||
    codePoint === 0x2122 ||
    codePoint === 0x2212
  );
}

/** What pdfkit reads of a fontkit glyph. */
interface PlainGlyph {
  readonly id: number;
  readonly advanceWidth: number;
  readonly codePoints: number[];
}
interface Ligature {
  glyph: PlainGlyph;
  /** The code points after the first. */
  rest: number[];
}
export interface PlainRun {
  glyphs: PlainGlyph[];
  positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }>;
  advanceWidth: number;
}

/** Entries kept by each face's width cache before it starts afresh (the words of past invoices do not accumulate). */
const WIDTHS_KEPT = 5000;

class PlainShaper {
  /** pdfkit's EmbeddedFont.scale: font units to thousandths of an em. */
  readonly scale: number;
  private readonly widths = new Map<string, number>();
  private readonly glyphs = new Map<number, PlainGlyph & { latin: boolean }>();
  private readonly ligatures = new Map<number, Ligature[]>();
  private readonly latinKerning: Map<number, number>;
  private readonly defaultKerning: Map<number, number>;

  constructor(data: PlainShapingData) {
    this.scale = 1000 / data.unitsPerEm;
    const { glyphs } = data;
    for (let i = 0; i < glyphs.length; i += 4) {
      const codePoint = glyphs[i] as number;
      this.glyphs.set(codePoint, { id: glyphs[i + 1] as number, advanceWidth: glyphs[i + 2] as number, codePoints: [codePoint], latin: glyphs[i + 3] === 1 });
    }
    for (const [id, advanceWidth, first, ...rest] of data.ligatures) {
      const list = this.ligatures.get(first as number) ?? [];
      list.push({ glyph: { id: id as number, advanceWidth: advanceWidth as number, codePoints: [first as number, ...rest] }, rest });
      this.ligatures.set(first as number, list);
    }
    this.latinKerning = kerningMap(data.latinKerning);
    this.defaultKerning = kerningMap(data.defaultKerning);
  }

  /** fontkit's layout of `text`, positions scaled as pdfkit's EmbeddedFont.layoutRun does; undefined when not plain. */
  layout(text: string, scale: number): PlainRun | undefined {
    const codePoints: number[] = [];
    let latin = false;
    for (let i = 0; i < text.length; i++) {
      const glyph = this.glyphs.get(text.charCodeAt(i)); // every plain character is in the BMP
      if (!glyph) return undefined;
      latin ||= glyph.latin;
      codePoints.push(glyph.codePoints[0] as number);
    }
    const glyphs: PlainGlyph[] = [];
    for (let i = 0; i < codePoints.length; ) {
      const codePoint = codePoints[i] as number;
      const ligature = latin ? this.ligatures.get(codePoint)?.find(({ rest }) => rest.every((next, k) => codePoints[i + 1 + k] === next)) : undefined;
      glyphs.push(ligature ? ligature.glyph : (this.glyphs.get(codePoint) as PlainGlyph));
      i += ligature ? 1 + ligature.rest.length : 1;
    }
    const kerning = latin ? this.latinKerning : this.defaultKerning;
    const positions: PlainRun['positions'] = [];
    let advanceWidth = 0;
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i] as PlainGlyph;
      const next = glyphs[i + 1];
      const kern = next ? (kerning.get(glyph.id * 0x10000 + next.id) ?? 0) : 0;
      // Same arithmetic as fontkit (integer font units) then pdfkit (× scale), so the same floating-point values.
      const xAdvance = (glyph.advanceWidth + kern) * scale;
      positions.push({ xAdvance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: glyph.advanceWidth * scale });
      advanceWidth += xAdvance;
    }
    return { glyphs, positions, advanceWidth };
  }

  /**
   * The advance of `text` (thousandths of an em) as pdfkit's EmbeddedFont.layout sums it: runs that each end after
   * a space or a tab, added in order. Undefined when the text is not plain.
   */
  advance(text: string): number | undefined {
    let width = this.widths.get(text);
    if (width !== undefined) return width;
    width = 0;
    for (let start = 0; start < text.length; ) {
      const end = runEnd(text, start);
      const run = this.layout(text.slice(start, end), this.scale);
      if (!run) return undefined;
      width += run.advanceWidth;
      start = end;
    }
    if (this.widths.size >= WIDTHS_KEPT) this.widths.clear();
    this.widths.set(text, width);
    return width;
  }
}

/** Where the run starting at `start` ends: after the next space or tab (pdfkit's EmbeddedFont.layout), or at the end. */
function runEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && text[end] !== ' ' && text[end] !== '\t') end++;
  return Math.min(end + 1, text.length);
}

function kerningMap(pairs: readonly number[]): Map<number, number> {
  const map = new Map<number, number>();
  for (let i = 0; i < pairs.length; i += 3) map.set((pairs[i] as number) * 0x10000 + (pairs[i + 1] as number), pairs[i + 2] as number);
  return map;
}

const shapers = new Map<string, PlainShaper | null>();

/** The face's plain shaper, or undefined for a face without data (the fallback face). */
export function plainShaper(postscriptName: string): PlainShaper | undefined {
  let shaper = shapers.get(postscriptName);
  if (shaper === undefined) {
    const data = PLAIN_SHAPING[postscriptName];
    shaper = data ? new PlainShaper(data) : null;
    shapers.set(postscriptName, shaper);
  }
  return shaper ?? undefined;
}

/** pdfkit's EmbeddedFont (0.20.2, pinned): every layout, for measuring or drawing, goes through layoutRun. */
export interface EmbeddedFontLayout {
  font: { postscriptName: string };
  scale: number;
  layoutRun(text: string, features?: unknown): unknown;
  layoutCached(text: string): PlainRun;
  layout(text: string, features?: unknown, onlyWidth?: boolean): unknown;
}

/**
 * Makes a document's face lay plain text out with its shaper; other text, or explicit features, still go to fontkit.
 * Also replaces EmbeddedFont.layout, which cuts a text into runs that each end after a space or a tab (each run
 * shaped and cached on its own): the same runs in the same order, so the same glyphs and the same sums, without its
 * character-by-character scan and its array copies per run (a sixth of a warm invoice's text time).
 */
export function usePlainShaping(embedded: EmbeddedFontLayout): void {
  const shaper = plainShaper(embedded.font.postscriptName);
  if (!shaper) return;
  const { layoutRun, layout } = embedded;
  embedded.layoutRun = function plainLayoutRun(this: EmbeddedFontLayout, text: string, features?: unknown) {
    return (features ? undefined : shaper.layout(text, this.scale)) ?? layoutRun.call(this, text, features);
  };
  embedded.layout = function runsLayout(this: EmbeddedFontLayout, text: string, features?: unknown, onlyWidth?: boolean) {
    if (features) return layout.call(this, text, features, onlyWidth);
    const glyphs: PlainRun['glyphs'] | null = onlyWidth ? null : [];
    const positions: PlainRun['positions'] | null = onlyWidth ? null : [];
    let advanceWidth = 0;
    for (let start = 0; start < text.length; ) {
      const end = runEnd(text, start);
      const run = this.layoutCached(text.slice(start, end));
      if (glyphs && positions) {
        for (const glyph of run.glyphs) glyphs.push(glyph);
        for (const position of run.positions) positions.push(position);
      }
      advanceWidth += run.advanceWidth;
      start = end;
    }
    return { glyphs, positions, advanceWidth };
  };
}
