import type { InvoiceView, LabelValue } from '../invoice-view';
import { openLogo } from '../sync-logo';
import type { PdfCanvas } from './pdf-canvas';
import { COLORS, COLUMN_WIDTH, COLUMN_X, LEFT, MARGIN, SIZES } from './theme';

export interface Logo {
  bytes: Buffer;
  type: 'image/png' | 'image/jpeg';
}

const LOGO_BOX = { width: 150, height: 56 } as const;
const SELLER_WIDTH = COLUMN_X - LEFT - 24;
const BLOCK_PADDING = 10;

/** Seller (logo, name, address, identifiers) on the left; title, number and dates on the right. */
function drawTop(canvas: PdfCanvas, view: InvoiceView, logo: Logo | undefined, top: number): number {
  let left = top;
  if (logo) {
    canvas.doc.image(openLogo(canvas.doc, logo) as unknown as Buffer, LEFT, left, { fit: [LOGO_BOX.width, LOGO_BOX.height] });
    left += LOGO_BOX.height + 10;
  }
  left += canvas.text(view.seller.name, LEFT, left, SELLER_WIDTH, { size: SIZES.name, bold: true, color: COLORS.accent }) + 3;
  for (const line of view.seller.lines) left += canvas.text(line, LEFT, left, SELLER_WIDTH, { size: SIZES.body, color: COLORS.muted });

  let right = top - 2;
  // One line, smaller type for a long number: the number never breaks inside itself.
  right += canvas.fit(view.title, COLUMN_X, right, COLUMN_WIDTH, { size: SIZES.title, bold: true, color: COLORS.accent, align: 'right' }) + 4;
  for (const line of view.correction) right += canvas.text(line, COLUMN_X, right, COLUMN_WIDTH, { size: SIZES.small, color: COLORS.muted, align: 'right' }) + 4;
  right += 4;
  right = drawPairs(canvas, view.dates, right, 'right');
  return Math.max(left, right);
}

/** Label/value pairs: labels muted, values bold, aligned in two columns inside the right-hand column. */
function drawPairs(canvas: PdfCanvas, pairs: readonly LabelValue[], y: number, side: 'right' | 'box', x = COLUMN_X, width = COLUMN_WIDTH): number {
  const labelWidth = side === 'right' ? width - 80 : 92;
  for (const [name, value] of pairs) {
    const valueX = x + labelWidth + 6;
    const valueWidth = width - labelWidth - 6;
    const h1 = canvas.text(side === 'right' ? name : `${name}`, x, y, labelWidth, { size: SIZES.body, color: COLORS.muted, align: side === 'right' ? 'right' : 'left' });
    const h2 = canvas.text(value, valueX, y, valueWidth, { size: SIZES.body, bold: true, align: side === 'right' ? 'right' : 'left' });
    y += Math.max(h1, h2) + 2;
  }
  return y;
}

function blockLabel(canvas: PdfCanvas, text: string, x: number, y: number, width: number): number {
  return canvas.text(text.toUpperCase(), x, y, width, { size: SIZES.tiny, bold: true, color: COLORS.accent, spacing: 0.8 }) + 4;
}

/** The client on a tinted block (right), the Chorus Pro / order references (left). */
function drawParties(canvas: PdfCanvas, view: InvoiceView, top: number): number {
  const inner = COLUMN_WIDTH - 2 * BLOCK_PADDING;
  const buyerHeight =
    BLOCK_PADDING * 2 +
    canvas.height('CLIENT', inner, { size: SIZES.tiny, bold: true, spacing: 0.8 }) + 4 +
    canvas.height(view.buyer.name, inner, { size: SIZES.name - 1.5, bold: true }) + 3 +
    view.buyer.lines.reduce((sum, line) => sum + canvas.height(line, inner, { size: SIZES.body }), 0);
  canvas.box(COLUMN_X, top, COLUMN_WIDTH, buyerHeight, COLORS.band);
  let y = top + BLOCK_PADDING;
  const x = COLUMN_X + BLOCK_PADDING;
  y += blockLabel(canvas, 'Client', x, y, inner);
  y += canvas.text(view.buyer.name, x, y, inner, { size: SIZES.name - 1.5, bold: true }) + 3;
  for (const line of view.buyer.lines) y += canvas.text(line, x, y, inner, { size: SIZES.body });

  let left = top;
  const width = COLUMN_X - LEFT - 24;
  if (view.references.length > 0) {
    left += BLOCK_PADDING;
    left += blockLabel(canvas, 'Références', LEFT, left, width);
    left = drawPairs(canvas, view.references, left, 'box', LEFT, width);
  }
  if (view.deliveryAddress.length > 0) {
    left += BLOCK_PADDING;
    left += blockLabel(canvas, 'Adresse de livraison', LEFT, left, width);
    for (const line of view.deliveryAddress) left += canvas.text(line, LEFT, left, width, { size: SIZES.body });
  }
  return Math.max(top + buyerHeight, left);
}

/** The first page's header, from `top` down (the page's margin, or under the portal copy's deposit block). */
export function drawHeader(canvas: PdfCanvas, view: InvoiceView, logo: Logo | undefined, top = MARGIN): void {
  const afterTop = drawTop(canvas, view, logo, top);
  canvas.y = drawParties(canvas, view, afterTop + 18) + 22;
}

/** The compact header of the following pages: which document, who issued it. */
export function drawContinuationHeader(canvas: PdfCanvas, view: InvoiceView): void {
  const y = MARGIN;
  canvas.fit(view.seller.name, LEFT, y, COLUMN_X - LEFT - 12, { size: SIZES.body, bold: true, color: COLORS.accent });
  canvas.fit(`${view.title} (suite)`, COLUMN_X, y, COLUMN_WIDTH, { size: SIZES.body, bold: true, align: 'right' });
  canvas.rule(LEFT, LEFT + (COLUMN_X - LEFT) + COLUMN_WIDTH, y + 16);
  canvas.y = y + 28;
}
