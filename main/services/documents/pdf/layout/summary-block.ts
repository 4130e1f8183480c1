import type { InvoiceView, LabelValue } from '../invoice-view';
import type { PdfCanvas, TextStyle } from './pdf-canvas';
import { COLORS, COLUMN_WIDTH, COLUMN_X, CONTENT_WIDTH, LEFT, RIGHT, SIZES } from './theme';

/**
 * What follows the lines: VAT breakdown and exemption mentions (left) beside the totals (right), then
 * payment details (left) beside the legal payment mentions (right). Each band is measured with the same
 * code that draws it (`dry`), so it moves to the next page whole instead of being cut in two.
 */
const LEFT_WIDTH = COLUMN_X - LEFT - 24;
const ROW_GAP = 3;
const DUE_BAND = 22;
const BANK_X = COLUMN_X - 30;

type Put = (text: string, x: number, y: number, width: number, style: TextStyle) => number;

function putter(canvas: PdfCanvas, dry: boolean): Put {
  return dry ? (text, _x, _y, width, style) => canvas.height(text, width, style) : (text, x, y, width, style) => canvas.text(text, x, y, width, style);
}

/** Amounts: one line, never broken (smaller type for the largest ones). */
function figurePutter(canvas: PdfCanvas, dry: boolean): Put {
  return dry ? (_text, _x, _y, _width, style) => canvas.layout.lineHeight(style) : (text, x, y, width, style) => canvas.fit(text, x, y, width, style);
}

function label(put: Put, text: string, x: number, y: number, width: number): number {
  return put(text.toUpperCase(), x, y, width, { size: SIZES.tiny, bold: true, color: COLORS.accent, spacing: 0.8 }) + 5;
}

function totals(canvas: PdfCanvas, view: InvoiceView, top: number, dry: boolean): number {
  const put = putter(canvas, dry);
  const figure = figurePutter(canvas, dry);
  let y = top;
  for (const row of view.totals) {
    if (row.weight === 'due') {
      y += 4;
      if (!dry) canvas.box(COLUMN_X, y, COLUMN_WIDTH, DUE_BAND, COLORS.accent);
      const style: TextStyle = { size: SIZES.due, bold: true, color: COLORS.white };
      put(row.label, COLUMN_X + 8, y + 6, COLUMN_WIDTH / 2, style);
      figure(row.value, COLUMN_X + COLUMN_WIDTH / 2, y + 6, COLUMN_WIDTH / 2 - 8, { ...style, align: 'right' });
      y += DUE_BAND;
      continue;
    }
    const bold = row.weight === 'total';
    if (bold && !dry) canvas.rule(COLUMN_X, RIGHT, y - 1.5);
    const h1 = put(row.label, COLUMN_X + 8, y + 2, COLUMN_WIDTH * 0.55 - 12, { size: SIZES.body, bold, color: bold ? COLORS.text : COLORS.muted });
    const h2 = figure(row.value, COLUMN_X + COLUMN_WIDTH * 0.55, y + 2, COLUMN_WIDTH * 0.45 - 8, { size: SIZES.body, bold, align: 'right' });
    y += Math.max(h1, h2) + ROW_GAP + 2;
  }
  return y - top;
}

function vat(canvas: PdfCanvas, view: InvoiceView, top: number, dry: boolean): number {
  const put = putter(canvas, dry);
  const figure = figurePutter(canvas, dry);
  let y = top;
  if (view.vatBreakdown.length > 0) {
    y += label(put, 'Détail de la TVA', LEFT, y, LEFT_WIDTH);
    const widths = [LEFT_WIDTH * 0.28, LEFT_WIDTH * 0.36, LEFT_WIDTH * 0.36];
    const rows = [['Taux', 'Base HT', 'Montant TVA'], ...view.vatBreakdown];
    for (const [index, cells] of rows.entries()) {
      let x = LEFT;
      let height = 0;
      for (const [column, cell] of cells.entries()) {
        const style: TextStyle = index === 0 ? { size: SIZES.small, color: COLORS.muted } : { size: SIZES.body };
        height = Math.max(height, figure(cell, x, y, (widths[column] as number) - 4, { ...style, align: column === 0 ? 'left' : 'right' }));
        x += widths[column] as number;
      }
      y += height + ROW_GAP;
      if (index === 0 && !dry) canvas.rule(LEFT, LEFT + LEFT_WIDTH - 4, y - 1.5);
    }
    y += 6;
  }
  for (const note of view.vatNotes) y += put(note, LEFT, y, LEFT_WIDTH, { size: SIZES.body, bold: true }) + ROW_GAP;
  return y - top;
}

function pairs(put: Put, rows: readonly LabelValue[], x: number, width: number, top: number, labelWidth: number): number {
  let y = top;
  for (const [name, value] of rows) {
    const h1 = put(name, x, y, labelWidth, { size: SIZES.body, color: COLORS.muted });
    const h2 = put(value, x + labelWidth + 4, y, width - labelWidth - 4, { size: SIZES.body, bold: true });
    y += Math.max(h1, h2) + ROW_GAP;
  }
  return y - top;
}

/** Payment terms beside the bank account (or, when nothing is paid, the sentence that says so). */
function payment(canvas: PdfCanvas, view: InvoiceView, top: number, dry: boolean): number {
  const put = putter(canvas, dry);
  const y = top + label(put, 'Règlement', LEFT, top, LEFT_WIDTH);
  if (view.settlementNote !== undefined && view.payment.length === 0) {
    return y + put(view.settlementNote, LEFT, y, CONTENT_WIDTH, { size: SIZES.body, bold: true }) + 10 - top;
  }
  // The bank column starts left of the usual right column: a bold IBAN (33 characters) needs ≈ 190 pt.
  const left = pairs(put, view.payment, LEFT, BANK_X - LEFT - 12, y, 94);
  const right = pairs(put, view.bankAccount, BANK_X, RIGHT - BANK_X, y, 50);
  return y + Math.max(left, right) + 10 - top;
}

const MENTION_STYLE: TextStyle = { size: SIZES.small, color: COLORS.muted };

/** The notes flow like the lines: across pages, under the headers, never over the footer. */
function drawMentions(canvas: PdfCanvas, view: InvoiceView): void {
  if (view.mentions.length === 0) return;
  const put = putter(canvas, false);
  // The title stays with the first line of the first mention.
  canvas.ensure(12 + canvas.layout.lineHeight(MENTION_STYLE));
  canvas.y += label(put, 'Mentions légales', LEFT, canvas.y, CONTENT_WIDTH);
  for (const mention of view.mentions) {
    canvas.flow(mention, LEFT, CONTENT_WIDTH, MENTION_STYLE);
    canvas.y += 2;
  }
}

/** Draws one band, on a new page when it does not fit under the cursor. */
function band(canvas: PdfCanvas, draw: (top: number, dry: boolean) => number, gapBefore: number): void {
  const height = draw(0, true);
  if (!canvas.ensure(gapBefore + height)) canvas.y += gapBefore;
  canvas.y += draw(canvas.y, false);
}

export function drawSummary(canvas: PdfCanvas, view: InvoiceView): void {
  band(canvas, (top, dry) => Math.max(totals(canvas, view, top, dry), vat(canvas, view, top, dry)), 14);
  band(
    canvas,
    (top, dry) => {
      if (!dry) canvas.rule(LEFT, LEFT + CONTENT_WIDTH, top);
      return 12 + payment(canvas, view, top + 12, dry);
    },
    18,
  );
  drawMentions(canvas, view);
}
