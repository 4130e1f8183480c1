/**
 * The part of fontkit 2 (pdfkit's own font engine, no @types package exists) that we call directly:
 * parse a TTF once and hand the parsed object to pdfkit, which accepts any object with `layout`.
 */
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    readonly numGlyphs: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
