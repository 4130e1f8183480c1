import { createHash } from 'node:crypto';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { portalValues } from '@shared/sending/portal-guide';
import { createDocument, drawInvoice, finish, type FacturXPdfOptions } from './factur-x-pdf';
import { buildInvoiceView } from './invoice-view';
import { PdfCanvas } from './layout/pdf-canvas';
import { COLORS, CONTENT_WIDTH, LEFT, MARGIN, SIZES } from './layout/theme';
import { pdfIdentity } from './pdf-identity';

const PADDING = 10;
const COLUMN_GAP = 18;
const ROW_GAP = 3;
/** "SIRET du destinataire : 21490021900012", a no-break space before the colon as French wants it. */
const SEPARATOR = '\u00a0: ';

/**
 * The values the portal's form asks for (the same list the guide shows, `portalValues`), in two columns on
 * a band at the top of the first page. Each label and its value are one run of text on one line, never
 * wrapped (smaller type if need be): the portal's text extraction, like `pdftotext -layout`, then finds
 * each value on its label's line. Identifiers are printed as typed (a SIRET in 14 digits, no spaces).
 */
function drawDepositBlock(canvas: PdfCanvas, doc: InvoiceDocument): number {
  const values = portalValues(doc);
  const rows = Math.ceil(values.length / 2);
  const width = (CONTENT_WIDTH - 2 * PADDING - COLUMN_GAP) / 2;
  const heading = canvas.height('DÉPÔT', width, { size: SIZES.tiny, bold: true, spacing: 0.8 }) + 5;
  const rowHeight = canvas.height('SIRET', width, { size: SIZES.body }) + ROW_GAP;
  const height = 2 * PADDING + heading + rows * rowHeight;
  canvas.box(LEFT, MARGIN, CONTENT_WIDTH, height, COLORS.band);
  const top = MARGIN + PADDING;
  canvas.text('DONNÉES DU DÉPÔT SUR CHORUS PRO', LEFT + PADDING, top, CONTENT_WIDTH - 2 * PADDING, { size: SIZES.tiny, bold: true, color: COLORS.accent, spacing: 0.8 });
  values.forEach((value, index) => {
    const column = Math.floor(index / rows);
    const x = LEFT + PADDING + column * (width + COLUMN_GAP);
    const y = top + heading + (index % rows) * rowHeight;
    canvas.fit(`${value.label}${SEPARATOR}${value.key === 'frame' ? value.copyText : value.display}`, x, y, width, { size: SIZES.body });
  });
  return MARGIN + height;
}

/**
 * The plain PDF for a unit deposit on the Chorus Pro portal (« dépôt PDF »): the same visible invoice as
 * the Factur-X, under a band with the values the portal reads, as a PDF/A-2b with no XML attached (a
 * Factur-X dropped there is taken for a batch, chorus-pro-api.md §6). Made at issue with the other files;
 * same document in, same bytes out; synchronous. Its file ID differs from the Factur-X's: two files.
 */
export function renderPortalPdf(doc: InvoiceDocument, options: FacturXPdfOptions = {}): Buffer {
  const base = pdfIdentity(doc);
  const identity = { ...base, fileId: createHash('md5').update(base.fileId).update('|portail').digest() };
  const pdf = createDocument({ subset: 'PDF/A-2b', identity, isFacturX: false });
  const canvas = new PdfCanvas(pdf);
  const blockBottom = drawDepositBlock(canvas, doc);
  drawInvoice(canvas, buildInvoiceView(doc), options.logo, blockBottom + 18);
  return finish(pdf);
}
