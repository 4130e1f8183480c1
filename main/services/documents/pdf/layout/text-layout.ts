import type PDFDocument from 'pdfkit';
import { ensureFallbackFace, FACE, fallbackCovers, primaryCovers, REPLACEMENT, type FaceName } from '../pdf-fonts';
import { plainShaper } from '../plain-shaping';

type Doc = InstanceType<typeof PDFDocument>;

/**
 * Our own line breaking, so that what pdfkit's wrapper cannot promise holds on every page:
 * - text breaks only at spaces (U+0020); no-break spaces keep « 40 € » or « 12,5 kg » whole; a single word
 *   wider than the box (a pasted URL) is the only thing cut between characters;
 * - `fit` text (amounts, quantities, the invoice number) is never broken at all: it is drawn on one line,
 *   smaller when it must be;
 * - a character DejaVu Sans lacks (CJK, Hangul, emoji…) is drawn with the fallback face, on the same baseline;
 * - right-to-left words (Hebrew, Arabic) are placed right to left, each with its spaces, so a reader (and
 *   pdftotext) reads them in their order.
 * Lines are returned, not drawn, so a caller can flow them across pages one by one.
 */
export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'right' | 'center';
  /** Extra space between letters, for the small capitals of block labels. */
  spacing?: number;
}

interface Piece {
  text: string;
  face: FaceName;
  /** From the line's start. */
  x: number;
}

export interface TextLine {
  pieces: Piece[];
  width: number;
}

export interface LaidText {
  lines: TextLine[];
  size: number;
  lineHeight: number;
}

const LINE_GAP = 1;
const MIN_FIT_SIZE = 4;
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const STRONG_LTR = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;
/** Most invoice text: Latin and French typography, all in DejaVu Sans, no right-to-left script. */
const PLAIN = /^[\u0020-\u007e\u00a0-\u024f\u2009-\u2026\u202f\u2030-\u203a\u20ac\u2116\u2122\u2212]*$/;

export class TextLayout {
  constructor(private readonly doc: Doc) {}

  private primaryFace(style: TextStyle): FaceName {
    return style.bold ? FACE.bold : FACE.regular;
  }

  /**
   * Width of a run in one face. Plain text (nearly all of it) is measured from its face's shaper, widths cached
   * (plain-shaping.ts), with pdfkit's own arithmetic (widthOfString: advance × size/1000, the letter spacing,
   * × 100 / 100): the same number without pdfkit's layout machinery, run for every word several times.
   */
  private measure(text: string, face: FaceName, style: TextStyle, size = style.size): number {
    if (text === '') return 0;
    const spacing = style.spacing ?? 0;
    const advance = plainShaper(face)?.advance(text);
    if (advance !== undefined) return ((advance * (size / 1000) + spacing * (text.length - 1)) * 100) / 100;
    this.doc.font(face).fontSize(size);
    return this.doc.widthOfString(text, { characterSpacing: spacing });
  }

  lineHeight(style: TextStyle, size = style.size): number {
    this.doc.font(this.primaryFace(style)).fontSize(size);
    return this.doc.currentLineHeight(true) + LINE_GAP;
  }

  /** Splits a text into runs of one face each; what no face has becomes U+FFFD (the checks refuse it first). */
  private runs(text: string, style: TextStyle): Array<{ text: string; face: FaceName }> {
    const primary = this.primaryFace(style);
    if (PLAIN.test(text)) return [{ text, face: primary }];
    const runs: Array<{ text: string; face: FaceName }> = [];
    for (const char of text) {
      const codePoint = char.codePointAt(0) as number;
      let face: FaceName = primary;
      let drawn = char;
      if (!primaryCovers(codePoint)) {
        if (fallbackCovers(codePoint)) {
          face = FACE.fallback;
          ensureFallbackFace(this.doc);
        } else drawn = REPLACEMENT;
      }
      const last = runs[runs.length - 1];
      // Spaces stay in the run they are in: one run per face change, not per word.
      if (last && (last.face === face || (char === ' ' && last.face !== face))) last.text += drawn;
      else runs.push({ text: drawn, face });
    }
    return runs;
  }

  private wordWidth(word: string, style: TextStyle, size = style.size): number {
    return this.runs(word, style).reduce((sum, run) => sum + this.measure(run.text, run.face, style, size), 0);
  }

  /** Lays a text out in a box of `width`; `fit` keeps it on one line, smaller if needed. */
  layout(value: string, width: number, style: TextStyle, options: { fit?: boolean } = {}): LaidText {
    const text = value.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
    if (options.fit) {
      const single = text.replace(/\n/g, ' ');
      const natural = this.wordWidth(single, style);
      const size = natural > width && natural > 0 ? Math.max(MIN_FIT_SIZE, (style.size * width) / natural) : style.size;
      return { lines: [this.buildLine(single.split(' '), style, size)], size, lineHeight: this.lineHeight(style) };
    }
    const lines: TextLine[] = [];
    const space = this.measure(' ', this.primaryFace(style), style);
    for (const paragraph of text.split('\n')) {
      let current: string[] = [];
      let currentWidth = 0;
      const push = () => {
        lines.push(this.buildLine(current, style, style.size));
        current = [];
        currentWidth = 0;
      };
      for (const word of paragraph.split(' ')) {
        const w = this.wordWidth(word, style);
        if (current.length > 0 && currentWidth + space + w > width) push();
        if (w > width) {
          for (const piece of this.breakWord(word, width, style)) {
            if (current.length > 0) push();
            current = [piece];
            currentWidth = this.wordWidth(piece, style);
          }
          continue;
        }
        currentWidth += (current.length > 0 ? space : 0) + w;
        current.push(word);
      }
      push();
    }
    return { lines, size: style.size, lineHeight: this.lineHeight(style) };
  }

  /** A word wider than the box, cut between characters into pieces that fit. */
  private breakWord(word: string, width: number, style: TextStyle): string[] {
    const pieces: string[] = [];
    let piece = '';
    for (const char of word) {
      if (piece !== '' && this.wordWidth(piece + char, style) > width) {
        pieces.push(piece);
        piece = '';
      }
      piece += char;
    }
    if (piece !== '') pieces.push(piece);
    return pieces;
  }

  /** One line: in reading order, right-to-left words placed right to left, each run in its face. */
  private buildLine(words: string[], style: TextStyle, size: number): TextLine {
    const line = words.join(' ');
    const pieces: Piece[] = [];
    let x = 0;
    const place = (text: string) => {
      for (const run of this.runs(text, style)) {
        pieces.push({ text: run.text, face: run.face, x });
        x += this.measure(run.text, run.face, style, size);
      }
    };
    if (!RTL.test(line)) {
      place(line);
      return { pieces, width: x };
    }
    const space = this.measure(' ', this.primaryFace(style), style, size);
    for (const [index, word] of visualOrder(words).entries()) {
      if (index > 0) x += space;
      place(word);
    }
    return { pieces, width: x };
  }

  /** Draws laid-out lines from (x, y) in a box of `width`; returns the height used. */
  draw(laid: LaidText, x: number, y: number, width: number, style: TextStyle): number {
    const color = style.color ?? '#000000';
    const primary = this.primaryFace(style);
    this.doc.font(primary).fontSize(laid.size);
    const ascent = (font: FaceName) => {
      this.doc.font(font).fontSize(laid.size);
      return ((this.doc as unknown as { _font: { ascender: number } })._font.ascender / 1000) * laid.size;
    };
    const primaryAscent = ascent(primary);
    let top = y;
    for (const line of laid.lines) {
      const offset = style.align === 'right' ? width - line.width : style.align === 'center' ? (width - line.width) / 2 : 0;
      for (const piece of line.pieces) {
        if (piece.text === '') continue;
        // pdfkit puts the baseline one ascender below y: the fallback face is shifted onto DejaVu's baseline.
        const dy = piece.face === FACE.fallback ? primaryAscent - ascent(FACE.fallback) : 0;
        this.doc.font(piece.face).fontSize(laid.size).fillColor(color);
        this.doc.text(piece.text, x + offset + piece.x, top + dy, { lineBreak: false, characterSpacing: style.spacing ?? 0 });
      }
      top += laid.lineHeight;
    }
    return laid.lines.length * laid.lineHeight;
  }
}

/**
 * Visual order of a line's words in a left-to-right document: each maximal sequence of right-to-left words
 * (with the neutral words, digits or punctuation, between two of them) is reversed; fontkit already orders
 * the glyphs inside each right-to-left word.
 */
export function visualOrder(words: readonly string[]): string[] {
  const isRtl = words.map((word) => RTL.test(word));
  const isNeutral = words.map((word, i) => !isRtl[i] && !STRONG_LTR.test(word));
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isRtl[i]) {
      out.push(words[i] as string);
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < words.length && (isRtl[end + 1] || (isNeutral[end + 1] && nextRtlBeforeLtr(isRtl, isNeutral, end + 1)))) end++;
    out.push(...words.slice(i, end + 1).reverse());
    i = end + 1;
  }
  return out;
}

/** Is there a right-to-left word after `from` reached through neutral words only? */
function nextRtlBeforeLtr(isRtl: readonly boolean[], isNeutral: readonly boolean[], from: number): boolean {
  for (let k = from; k < isRtl.length; k++) {
    if (isRtl[k]) return true;
    if (!isNeutral[k]) return false;
  }
  return false;
}
