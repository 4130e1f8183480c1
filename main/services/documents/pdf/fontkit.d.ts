/**
 * The part of fontkit 2 (pdfkit's own font engine, no @types package exists) that we call directly:
 * parse a TTF once and hand the parsed object to pdfkit, which accepts any object with `layout`; look up
 * glyphs and start subsets (font-subsets.ts).
 */
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    readonly numGlyphs: number;
    readonly unitsPerEm: number;
    /** Every code point the font's cmap maps. */
    readonly characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): unknown;
    glyphForCodePoint(codePoint: number): { readonly id: number; readonly advanceWidth: number };
    getGlyph(id: number, codePoints?: number[]): { readonly id: number; readonly advanceWidth: number };
    createSubset(): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
