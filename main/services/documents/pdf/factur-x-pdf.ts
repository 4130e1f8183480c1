import PDFDocument from 'pdfkit';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { buildInvoiceView, type InvoiceView } from './invoice-view';
import { drawContinuationHeader, drawHeader, type Logo } from './layout/header-block';
import { drawLinesTable } from './layout/lines-table';
import { drawFooters } from './layout/page-footer';
import { PdfCanvas } from './layout/pdf-canvas';
import { drawSummary } from './layout/summary-block';
import { PAGE } from './layout/theme';
import { FACE, pdfkitFaces, shareLayoutCaches } from './pdf-fonts';
import { PRODUCER, pdfIdentity, type PdfIdentity } from './pdf-identity';
import { finishLogos } from './sync-logo';
import { FACTUR_X_FILE_NAME, xmpDescriptions } from './xmp-metadata';

export interface FacturXPdfOptions {
  logo?: Logo;
}

/**
 * pdfkit internals we replace (pdfkit 0.20.2, pinned): `_addInfo` writes unescaped XMP values and no
 * ModifyDate, so we write our own block; `_id` is otherwise an MD5 of the Info dictionary, which we make
 * an explicit hash of the invoice identity. The integration tests check both against the output bytes.
 */
interface PdfKitInternals {
  _addInfo: () => void;
  _id: Uint8Array;
  /** Objects not yet written; 0 after `end()` means the trailer is written and the stream ended. */
  _waiting: number;
}
type Doc = InstanceType<typeof PDFDocument>;

/**
 * What differs between the two PDFs of an issued piece: the Factur-X is a PDF/A-3b carrying its XML (and
 * the Factur-X XMP schema); the plain copy for the portal's unit deposit is a PDF/A-2b with nothing
 * attached, so the portal reads it as one invoice (chorus-pro-api.md §6).
 */
export interface PdfFlavour {
  subset: 'PDF/A-3b' | 'PDF/A-2b';
  identity: PdfIdentity;
  isFacturX: boolean;
}

/** Each document's bytes, in the order pdfkit writes them. */
const written = new WeakMap<object, Uint8Array[]>();

/**
 * A PDFDocument that keeps its bytes instead of pushing them into its Readable stream. pdfkit writes every
 * object synchronously (zlib.deflateSync; logos opened by openLogo), so after `end()` the document is
 * complete; rendering stays synchronous, which issuing needs (better-sqlite3 transactions cannot await).
 * Why not read the stream: Node's stream machinery schedules callbacks on process.nextTick that hold the
 * document, so a caller rendering in a loop that does not return to the event loop (one await chain, a
 * synchronous batch) kept every document it made (≈ 50 KB each) until the loop ended.
 */
class CollectedDocument extends (PDFDocument as unknown as new (options: PDFKit.PDFDocumentOptions) => Doc) {
  override push(chunk: Uint8Array | null): boolean {
    if (chunk) {
      let chunks = written.get(this);
      if (!chunks) written.set(this, (chunks = []));
      chunks.push(chunk);
    }
    return true;
  }
}

export function createDocument(flavour: PdfFlavour): Doc {
  const { identity } = flavour;
  const fonts = pdfkitFaces();
  const pdf = new CollectedDocument({
    pdfVersion: '1.7',
    subset: flavour.subset,
    lang: 'fr-FR',
    displayTitle: true,
    bufferPages: true,
    size: [PAGE.width, PAGE.height],
    margin: 0,
    // A parsed fontkit font (not a path): pdfkit would otherwise open Helvetica, a standard-14 font.
    font: fonts.regular as unknown as string,
    info: {
      Title: identity.title,
      Author: identity.author,
      Subject: identity.subject,
      Creator: PRODUCER,
      Producer: PRODUCER,
      CreationDate: identity.date,
      ModDate: identity.date,
    },
  });
  // Registered under their PostScript names: pdfkit caches a face under the name it was asked by only when
  // no face of that PostScript name exists yet, so any other alias would re-open the font on every switch.
  pdf.registerFont(FACE.regular, fonts.regular as unknown as string);
  pdf.registerFont(FACE.bold, fonts.bold as unknown as string);
  shareLayoutCaches(pdf);
  const internals = pdf as unknown as PdfKitInternals;
  internals._id = identity.fileId;
  internals._addInfo = () => pdf.appendXML(xmpDescriptions(identity, flavour.isFacturX));
  return pdf;
}

function attachXml(pdf: Doc, ciiXml: string, date: Date): void {
  const options = {
    name: FACTUR_X_FILE_NAME,
    type: 'text/xml',
    description: 'Factur-X invoice (EN 16931)',
    relationship: 'Alternative',
    creationDate: date,
    modifiedDate: date,
  };
  pdf.file(Buffer.from(ciiXml, 'utf8'), options as PDFKit.Mixins.PDFAttachmentOptions);
}

/** The whole PDF, once `end()` has written the trailer. */
function readAll(pdf: Doc): Buffer {
  if ((pdf as unknown as PdfKitInternals)._waiting !== 0) throw new Error('pdfkit did not finish the PDF synchronously');
  return Buffer.concat(written.get(pdf) ?? []);
}

/**
 * The visible invoice as a PDF/A-3b with the CII XML embedded as factur-x.xml (Factur-X EN 16931).
 * Same document and XML in, same bytes out; synchronous.
 */
export function renderFacturXPdf(doc: InvoiceDocument, ciiXml: string, options: FacturXPdfOptions = {}): Buffer {
  const identity = pdfIdentity(doc);
  const pdf = createDocument({ subset: 'PDF/A-3b', identity, isFacturX: true });
  drawInvoice(new PdfCanvas(pdf), buildInvoiceView(doc), options.logo);
  attachXml(pdf, ciiXml, identity.date);
  return finish(pdf);
}

/** The visible invoice, every page, from `top` on the first one (under what the caller drew above it). */
export function drawInvoice(canvas: PdfCanvas, view: InvoiceView, logo: Logo | undefined, top?: number): void {
  drawHeader(canvas, view, logo, top);
  canvas.onNewPage(() => drawContinuationHeader(canvas, view));
  drawLinesTable(canvas, view);
  drawSummary(canvas, view);
  drawFooters(canvas, view);
}

export function finish(pdf: Doc): Buffer {
  pdf.end();
  finishLogos(pdf);
  return readAll(pdf);
}
