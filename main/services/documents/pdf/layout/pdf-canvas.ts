import type PDFDocument from 'pdfkit';
import { COLORS, MARGIN, CONTENT_BOTTOM } from './theme';
import { TextLayout, type LaidText, type TextStyle } from './text-layout';

type Doc = InstanceType<typeof PDFDocument>;
export type { TextStyle };

/**
 * A thin layer over pdfkit: absolute positioning only (pdfkit's own cursor and automatic page breaks are
 * never used; the document has zero margins), a vertical cursor `y`, and page breaks decided here so the
 * table header and the continuation header are drawn on every new page. Text goes through TextLayout.
 */
export class PdfCanvas {
  y = MARGIN;
  private readonly pageStarts: Array<() => void> = [];
  readonly layout: TextLayout;

  constructor(readonly doc: Doc) {
    this.layout = new TextLayout(doc);
  }

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

  /** Draws text in a box of `width` (wrapping at spaces) and returns the height it took. */
  text(value: string, x: number, y: number, width: number, style: TextStyle): number {
    return this.layout.draw(this.layout.layout(value, width, style), x, y, width, { color: COLORS.text, ...style });
  }

  /** One line that never breaks (an amount, a quantity, a number): smaller type when it is too wide. */
  fit(value: string, x: number, y: number, width: number, style: TextStyle): number {
    return this.layout.draw(this.layout.layout(value, width, style, { fit: true }), x, y, width, { color: COLORS.text, ...style });
  }

  height(value: string, width: number, style: TextStyle): number {
    const laid = this.layout.layout(value, width, style);
    return laid.lines.length * laid.lineHeight;
  }

  /**
   * A paragraph that may continue on the next page: drawn line by line at the cursor, breaking the page
   * (with its headers) whenever the next line would go below the content area. Never over the footer.
   */
  flow(value: string, x: number, width: number, style: TextStyle): void {
    const laid = this.layout.layout(value, width, style);
    for (const line of laid.lines) {
      this.ensure(laid.lineHeight);
      const single: LaidText = { lines: [line], size: laid.size, lineHeight: laid.lineHeight };
      this.y += this.layout.draw(single, x, this.y, width, { color: COLORS.text, ...style });
    }
  }

  rule(x1: number, x2: number, y: number, color: string = COLORS.rule, width = 0.6): void {
    this.doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore();
  }

  box(x: number, y: number, width: number, height: number, fill: string): void {
    this.doc.save().rect(x, y, width, height).fillColor(fill).fill().restore();
  }
}
