import type { Font } from 'fontkit';
import { glyphsOf, trueTypeTables, viewOf } from './truetype-glyphs';

/**
 * A parsed face as handed to pdfkit: fontkit's, except two things pdfkit reads that fontkit can only give by
 * decoding far more, read from the TTF bytes instead (same values):
 * - `post.italicAngle` and `post.isFixedPitch`, for the font descriptor: fontkit decodes the whole post table
 *   for them, DejaVu's 6 000 glyph names included (≈ 20 ms per face in the first invoice of a process);
 * - the advance of glyph 0 (.notdef), read once per document: fontkit decodes the glyph's outline for it.
 * Everything else is fontkit's; its methods are bound to the font itself, so fontkit's own calls (layout,
 * subsets) never come back through here.
 */
export function pdfkitFace(font: Font, bytes: Uint8Array): Font {
  const post = viewOf(trueTypeTables(bytes).get('post'), 'post');
  const header = { italicAngle: post.getInt32(4) / 0x10000, isFixedPitch: post.getUint32(12) };
  const notdef = { id: 0, advanceWidth: glyphsOf(font).metrics(0).advance };
  const getGlyph = (id: number, codePoints?: number[]) => (id === 0 && codePoints === undefined ? notdef : font.getGlyph(id, codePoints));
  const bound = new Map<PropertyKey, unknown>();
  return new Proxy(font, {
    get(target, key) {
      if (key === 'post') return header;
      if (key === 'italicAngle') return header.italicAngle;
      if (key === 'getGlyph') return getGlyph;
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      if (!bound.has(key)) bound.set(key, (value as (...args: unknown[]) => unknown).bind(target));
      return bound.get(key);
    },
  });
}
