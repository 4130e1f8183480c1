import type { InvoiceView } from '../invoice-view';
import type { PdfCanvas } from './pdf-canvas';
import { COLORS, CONTENT_WIDTH, FOOTER_Y, LEFT, SIZES } from './theme';

const PAGE_NUMBER_WIDTH = 70;

/**
 * The seller's legal line and "Page n / N" on every page, drawn once all pages exist (the document buffers
 * its pages, so the total is known).
 */
export function drawFooters(canvas: PdfCanvas, view: InvoiceView): void {
  const { doc } = canvas;
  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index++) {
    doc.switchToPage(range.start + index);
    canvas.rule(LEFT, LEFT + CONTENT_WIDTH, FOOTER_Y - 6);
    canvas.text(view.footer, LEFT, FOOTER_Y, CONTENT_WIDTH - PAGE_NUMBER_WIDTH - 10, { size: SIZES.tiny, color: COLORS.muted });
    canvas.text(`Page ${index + 1} / ${range.count}`, LEFT + CONTENT_WIDTH - PAGE_NUMBER_WIDTH, FOOTER_Y, PAGE_NUMBER_WIDTH, {
      size: SIZES.tiny,
      color: COLORS.muted,
      align: 'right',
    });
  }
}
