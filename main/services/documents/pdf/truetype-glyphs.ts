import type { Font } from 'fontkit';

/**
 * A face's glyph programs and horizontal metrics read straight from its TrueType bytes (the glyf, loca, hmtx,
 * hhea and head tables), for the subsets we embed (font-subsets.ts).
 *
 * Why not fontkit's own: its subsetter decodes each glyph's whole outline (only to learn whether it is a
 * composite) and the glyph's bounding box (for vertical metrics that a subset never uses), and decodes the
 * entire loca table (6 000 offsets) the first time: ≈ 20 ms in the first invoice of a process. It also caches
 * the glyph objects it creates there without their code points, and fontkit's layout then hands those same
 * objects out for that glyph, so text shaped by fontkit later (a Hebrew word with a «"») would lose its
 * ToUnicode mapping. Reading the bytes creates no glyph object at all.
 */
export interface GlyphMetrics {
  advance: number;
  bearing: number;
}

export interface TrueTypeGlyphs {
  /** The glyph's program as stored in the font (empty for a glyph without outline). */
  program(gid: number): Uint8Array;
  metrics(gid: number): GlyphMetrics;
  /** head.indexToLocFormat: 0 for short loca offsets, 1 for long ones. */
  locaVersion: number;
}

/** The font's tables by tag, as views of its bytes. */
export function trueTypeTables(bytes: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = new Map<string, Uint8Array>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(bytes[record] as number, bytes[record + 1] as number, bytes[record + 2] as number, bytes[record + 3] as number);
    const offset = view.getUint32(record + 8);
    found.set(tag, bytes.subarray(offset, offset + view.getUint32(record + 12)));
  }
  return found;
}

export function viewOf(table: Uint8Array | undefined, tag: string): DataView {
  if (!table) throw new Error(`TrueType font without a ${tag} table`);
  return new DataView(table.buffer, table.byteOffset, table.byteLength);
}

export function trueTypeGlyphs(bytes: Uint8Array): TrueTypeGlyphs {
  const all = trueTypeTables(bytes);
  const glyf = all.get('glyf');
  if (!glyf) throw new Error('TrueType font without a glyf table');
  const loca = viewOf(all.get('loca'), 'loca');
  const hmtx = viewOf(all.get('hmtx'), 'hmtx');
  const locaVersion = viewOf(all.get('head'), 'head').getInt16(50);
  const longMetrics = viewOf(all.get('hhea'), 'hhea').getUint16(34);
  const offset = (gid: number) => (locaVersion === 0 ? 2 * loca.getUint16(2 * gid) : loca.getUint32(4 * gid));
  return {
    locaVersion,
    program: (gid) => glyf.subarray(offset(gid), offset(gid + 1)),
    metrics: (gid) =>
      gid < longMetrics
        ? { advance: hmtx.getUint16(4 * gid), bearing: hmtx.getInt16(4 * gid + 2) }
        : { advance: hmtx.getUint16(4 * (longMetrics - 1)), bearing: hmtx.getInt16(4 * longMetrics + 2 * (gid - longMetrics)) },
  };
}

const glyphsOfFonts = new WeakMap<object, TrueTypeGlyphs>();

/** The glyphs of a face fontkit parsed, read from the very bytes it parsed them from; once per face. */
export function glyphsOf(font: Font): TrueTypeGlyphs {
  let glyphs = glyphsOfFonts.get(font);
  if (!glyphs) {
    glyphs = trueTypeGlyphs((font as unknown as { stream: { buffer: Uint8Array } }).stream.buffer);
    glyphsOfFonts.set(font, glyphs);
  }
  return glyphs;
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** Is this glyph program a composite (made of other glyphs)? */
export function isComposite(program: Uint8Array): boolean {
  return program.length >= 10 && new DataView(program.buffer, program.byteOffset, 2).getInt16(0) < 0;
}

/** A copy of a composite glyph with each component's glyph id replaced by `renumber(id)`. */
export function renumberComponents(program: Uint8Array, renumber: (gid: number) => number): Uint8Array {
  const copy = new Uint8Array(program); // a copy: Buffer#slice would be a view of the font's bytes
  const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
  let at = 10;
  let flags: number;
  do {
    flags = view.getUint16(at);
    view.setUint16(at + 2, renumber(view.getUint16(at + 2)));
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
  } while (flags & MORE_COMPONENTS);
  return copy;
}
