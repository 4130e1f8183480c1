import { createWriteStream, writeFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { CompanyProfile } from '@shared/company/company-profile';
import { formatShortDate, parisToday } from '@shared/dates/french-dates';
import { formatEuros } from '@shared/money/euros';
import type { ReceiptsBook } from '@shared/receipts/receipts-book';
import { APP_VERSION } from '../../app/app-version';
import { FACE, invoiceFonts, primaryCovers, REPLACEMENT } from '../documents/pdf/pdf-fonts';
import { COLORS, PAGE } from '../documents/pdf/layout/theme';
import type { TaskContext } from '../tasks/task-runner';
import { csvAmount, csvLine, csvText, CSV_BOM } from './csv';

/** A receipts book prints names and natures only: what DejaVu cannot draw shows as a visible « � ». */
const printable = (text: string) => [...text].map((char) => (char === '\n' || primaryCovers(char.codePointAt(0) as number) ? char : REPLACEMENT)).join('');

const CSV_HEADER = ['Date d’encaissement', 'Client', 'Nature', 'Montant encaissé', 'dont HT', 'Ventes de marchandises (HT)', 'Prestations de services (HT)', 'Mode de règlement', 'Facture'];

/** The receipts book as CSV: one line per receipt, then the totals line. Amounts as a spreadsheet reads them. */
export function writeReceiptsCsv(book: ReceiptsBook, path: string): void {
  const lines = [CSV_BOM + csvLine(CSV_HEADER)];
  for (const r of book.receipts) {
    lines.push(
      csvLine([r.date, csvText(r.customer), csvText(r.nature), csvAmount(r.amountCents), csvAmount(r.amountExclVatCents), csvAmount(r.goodsCents), csvAmount(r.servicesCents), csvText(r.means), csvText(r.invoiceNumber)]),
    );
  }
  const t = book.totals;
  lines.push(csvLine([`Total du ${book.period.from} au ${book.period.to}`, '', `${t.count} encaissement${t.count > 1 ? 's' : ''}`, csvAmount(t.receivedCents), csvAmount(t.receivedExclVatCents), csvAmount(t.goodsCents), csvAmount(t.servicesCents), '', '']));
  writeFileSync(path, lines.join(''), { mode: 0o600 });
}

const MARGIN = 36;
const COLUMNS = [
  { title: 'Date', width: 52, align: 'left' },
  { title: 'Client', width: 118, align: 'left' },
  { title: 'Nature', width: 150, align: 'left' },
  { title: 'Facture', width: 72, align: 'left' },
  { title: 'Règlement', width: 62, align: 'left' },
  { title: 'Montant', width: 69, align: 'right' },
] as const;
const ROW = 15;
const SIZE = 8.2;

/**
 * The receipts book as a PDF: the app's fonts (DejaVu Sans), a header on every page (business, SIRET,
 * period), one row per receipt in date order, the totals (received, goods, services) and « page n / N ».
 * The thread is given back between pages.
 */
export async function writeReceiptsPdf(book: ReceiptsBook, company: CompanyProfile, path: string, context: TaskContext, now: Date): Promise<void> {
  const fonts = invoiceFonts();
  const pdf = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: MARGIN,
    bufferPages: true,
    lang: 'fr-FR',
    font: fonts.regular as unknown as string,
    info: { Title: `Livre des recettes — ${company.legalName}`, Author: company.legalName, Creator: `Facturier ${APP_VERSION}`, Producer: `Facturier ${APP_VERSION}`, CreationDate: now },
  });
  pdf.registerFont(FACE.regular, fonts.regular as unknown as string);
  pdf.registerFont(FACE.bold, fonts.bold as unknown as string);
  const out = createWriteStream(path, { mode: 0o600 });
  const written = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
  });
  pdf.pipe(out);

  const bottom = PAGE.height - MARGIN - 24;
  const cell = (text: string, x: number, y: number, width: number, align: 'left' | 'right', bold = false) => {
    pdf.font(bold ? FACE.bold : FACE.regular).fontSize(SIZE);
    let shown = printable(text);
    while (shown.length > 1 && pdf.widthOfString(shown) > width - 4) shown = `${shown.slice(0, -2)}…`;
    pdf.text(shown, x + 2, y + 4, { width: width - 4, align, lineBreak: false });
  };
  const rowLine = (values: readonly string[], y: number, bold = false, band = false) => {
    if (band) pdf.rect(MARGIN, y, PAGE.width - 2 * MARGIN, ROW).fill(COLORS.band);
    pdf.fillColor(COLORS.text);
    let x = MARGIN;
    COLUMNS.forEach((column, i) => {
      cell(values[i] ?? '', x, y, column.width, column.align, bold);
      x += column.width;
    });
  };
  const header = (): number => {
    pdf.fillColor(COLORS.accent).font(FACE.bold).fontSize(15).text('Livre des recettes', MARGIN, MARGIN, { lineBreak: false });
    pdf.fillColor(COLORS.text).font(FACE.regular).fontSize(9);
    pdf.text(printable(`${company.legalName} — SIRET ${company.siret}`), MARGIN, MARGIN + 22, { lineBreak: false });
    pdf.text(`Encaissements du ${formatShortDate(book.period.from)} au ${formatShortDate(book.period.to)}`, MARGIN, MARGIN + 35, { lineBreak: false });
    const y = MARGIN + 56;
    rowLine(COLUMNS.map((c) => c.title), y, true, true);
    return y + ROW;
  };

  let y = header();
  for (const [index, r] of book.receipts.entries()) {
    if (y + ROW > bottom) {
      pdf.addPage();
      y = header();
      context.progress(index, book.receipts.length, 'Mise en page du livre des recettes…');
      await new Promise((resolve) => setImmediate(resolve));
    }
    rowLine([formatShortDate(r.date), r.customer, r.nature, r.invoiceNumber, r.means, formatEuros(r.amountCents)], y, false, index % 2 === 1);
    y += ROW;
  }
  const t = book.totals;
  const summary: Array<[string, string]> = [
    [`Total encaissé (${t.count} encaissement${t.count > 1 ? 's' : ''})`, formatEuros(t.receivedCents)],
    ...(t.receivedExclVatCents !== t.receivedCents ? [['dont hors taxes', formatEuros(t.receivedExclVatCents)] as [string, string]] : []),
    ['Ventes de marchandises', formatEuros(t.goodsCents)],
    ['Prestations de services', formatEuros(t.servicesCents)],
  ];
  if (y + ROW * (summary.length + 3) > bottom) {
    pdf.addPage();
    y = header();
  }
  y += 8;
  pdf.moveTo(MARGIN, y).lineTo(PAGE.width - MARGIN, y).strokeColor(COLORS.rule).stroke();
  for (const [label, amount] of summary) {
    pdf.fillColor(COLORS.text);
    cell(label, MARGIN, y, 400, 'left', label.startsWith('Total'));
    cell(amount, PAGE.width - MARGIN - 120, y, 120, 'right', label.startsWith('Total'));
    y += ROW;
  }
  if (t.assumedServicesCents !== 0) {
    pdf.fillColor(COLORS.muted).font(FACE.regular).fontSize(7.5);
    pdf.text(
      printable(`Dont ${formatEuros(t.assumedServicesCents)} classés en prestations de services parce que l’unité de la ligne (unité, lot, mètre…) ne dit pas s’il s’agit d’une vente : vérifiez.`),
      MARGIN,
      y + 6,
      { width: PAGE.width - 2 * MARGIN },
    );
  }
  const range = pdf.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    pdf.switchToPage(page);
    pdf.fillColor(COLORS.muted).font(FACE.regular).fontSize(7.5);
    pdf.text(`Facturier — édité le ${formatShortDate(parisToday(now))} — page ${page + 1} / ${range.count}`, MARGIN, PAGE.height - MARGIN - 14, {
      width: PAGE.width - 2 * MARGIN,
      align: 'right',
      lineBreak: false,
    });
  }
  pdf.end();
  await written;
}
