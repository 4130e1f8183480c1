import type { InvoiceView, LineRow } from '../invoice-view';
import type { PdfCanvas, TextStyle } from './pdf-canvas';
import { COLORS, CONTENT_WIDTH, LEFT, SIZES } from './theme';

interface Column {
  title: string;
  width: number;
  align: 'left' | 'right';
  cell: (row: LineRow) => string;
}

const PAD_X = 6;
const PAD_Y = 5;
const HEADER_HEIGHT = 19;
const BODY: TextStyle = { size: SIZES.body };

/** Fixed widths for the figures; the description takes what is left. The VAT column is dropped under franchise. */
function columns(showVat: boolean): Column[] {
  const figures: Column[] = [
    { title: 'Quantité', width: 66, align: 'right', cell: (row) => row.quantity },
    { title: 'Prix unit. HT', width: 80, align: 'right', cell: (row) => row.unitPrice },
    ...(showVat ? [{ title: 'TVA', width: 44, align: 'right' as const, cell: (row: LineRow) => row.vatRate }] : []),
    { title: 'Montant HT', width: 84, align: 'right', cell: (row) => row.net },
  ];
  const used = figures.reduce((sum, column) => sum + column.width, 0);
  return [{ title: 'Désignation', width: CONTENT_WIDTH - used, align: 'left', cell: (row) => row.description }, ...figures];
}

function drawHeaderRow(canvas: PdfCanvas, cols: readonly Column[]): void {
  const y = canvas.y;
  canvas.box(LEFT, y, CONTENT_WIDTH, HEADER_HEIGHT, COLORS.accent);
  let x = LEFT;
  for (const column of cols) {
    canvas.text(column.title, x + PAD_X, y + 5.5, column.width - 2 * PAD_X, { size: SIZES.small, bold: true, color: COLORS.white, align: column.align });
    x += column.width;
  }
  canvas.y = y + HEADER_HEIGHT;
}

/**
 * The tallest cell: the description (and its allowance detail) wraps; figures never do (fit: one line,
 * smaller type when needed, so « 999 999 999,99 € » or « 12,5 kg » never break).
 */
function rowHeight(canvas: PdfCanvas, row: LineRow, cols: readonly Column[]): number {
  const descriptionWidth = (cols[0] as Column).width - 2 * PAD_X;
  let height = canvas.height(row.description, descriptionWidth, BODY);
  if (row.detail) height += canvas.height(row.detail, descriptionWidth, { size: SIZES.small }) + 1;
  return Math.max(height, canvas.layout.lineHeight(BODY)) + 2 * PAD_Y;
}

function drawRow(canvas: PdfCanvas, row: LineRow, cols: readonly Column[], height: number): void {
  const y = canvas.y;
  let x = LEFT;
  for (const [index, column] of cols.entries()) {
    const width = column.width - 2 * PAD_X;
    const style = { ...BODY, align: column.align, bold: index === cols.length - 1 };
    if (index === 0) {
      const used = canvas.text(column.cell(row), x + PAD_X, y + PAD_Y, width, style);
      if (row.detail) canvas.text(row.detail, x + PAD_X, y + PAD_Y + used + 1, width, { size: SIZES.small, color: COLORS.muted });
    } else canvas.fit(column.cell(row), x + PAD_X, y + PAD_Y, width, style);
    x += column.width;
  }
  canvas.y = y + height;
  canvas.rule(LEFT, LEFT + CONTENT_WIDTH, canvas.y);
}

/**
 * The lines, over as many pages as needed: a row is never split, and every page the table continues on
 * starts with the same header row (registered as a page-start hook for the time the table is drawn).
 */
export function drawLinesTable(canvas: PdfCanvas, view: InvoiceView): void {
  const cols = columns(view.showVatColumn);
  canvas.ensure(HEADER_HEIGHT + 40);
  drawHeaderRow(canvas, cols);
  const stopRepeating = canvas.onNewPage(() => drawHeaderRow(canvas, cols));
  for (const row of view.rows) {
    const height = rowHeight(canvas, row, cols);
    canvas.ensure(height);
    drawRow(canvas, row, cols, height);
  }
  stopRepeating();
}
