import type PDFDocument from 'pdfkit';
import { FACE, printable } from '../pdf-fonts';
import { COLORS, MARGIN, CONTENT_BOTTOM } from './theme';

type Doc = InstanceType<typeof PDFDocument>;

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'right' | 'center';
  /** Extra space between letters, for the small capitals of block labels. */
  spacing?: number;
}

/**
 * A thin layer over pdfkit: absolute positioning only (pdfkit's own cursor and automatic page breaks are
 * never used; the document has zero margins), a vertical cursor `y`, and page breaks decided here so the
 * table header and the continuation header are drawn on every new page.
 */
export class PdfCanvas {
  y = MARGIN;
  private readonly pageStarts: Array<() => void> = [];

  constructor(readonly doc: Doc) {}

  /** Called after each page break (continuation header, table header). The last registered runs last. */
  onNewPage(draw: () => void): () => void {
    this.pageStarts.push(draw);
    return () => {
      const index = this.pageStarts.indexOf(draw);
      if (index >= 0) this.pageStarts.splice(index, 1);
    };
  }

  /** Breaks the page when `height` does not fit under the cursor; true when it did. */
  ensure(height: number): boolean {
    if (this.y + height <= CONTENT_BOTTOM) return false;
    this.doc.addPage();
    this.y = MARGIN;
    for (const draw of [...this.pageStarts]) draw();
    return true;
  }

  private apply(style: TextStyle): void {
    this.doc.font(style.bold ? FACE.bold : FACE.regular).fontSize(style.size).fillColor(style.color ?? COLORS.text);
  }

  /** Draws text in a box of `width` (wrapping on words) and returns the height it took. */
  text(value: string, x: number, y: number, width: number, style: TextStyle): number {
    const text = printable(value);
    this.apply(style);
    const options = { width, align: style.align ?? 'left', characterSpacing: style.spacing ?? 0, lineGap: 1 } as const;
    const height = this.doc.heightOfString(text, options);
    this.doc.text(text, x, y, options);
    return height;
  }

  height(value: string, width: number, style: TextStyle): number {
    this.apply(style);
    return this.doc.heightOfString(printable(value), { width, characterSpacing: style.spacing ?? 0, lineGap: 1 });
  }

  widthOf(value: string, style: TextStyle): number {
    this.apply(style);
    return this.doc.widthOfString(printable(value), { characterSpacing: style.spacing ?? 0 });
  }

  rule(x1: number, x2: number, y: number, color: string = COLORS.rule, width = 0.6): void {
    this.doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore();
  }

  box(x: number, y: number, width: number, height: number, fill: string): void {
    this.doc.save().rect(x, y, width, height).fillColor(fill).fill().restore();
  }
}
