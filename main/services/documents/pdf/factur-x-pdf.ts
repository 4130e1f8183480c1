import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { CollectedDocument, collectedBytes } from './collected-document';
import { buildInvoiceView, type InvoiceView } from './invoice-view';
import { drawContinuationHeader, drawHeader, type Logo } from './layout/header-block';
import { drawLinesTable } from './layout/lines-table';
import { drawFooters } from './layout/page-footer';
import { PdfCanvas } from './layout/pdf-canvas';
import { drawSummary } from './layout/summary-block';
import { PAGE } from './layout/theme';
import { reusePrecompressed, type PdfReference } from './font-subsets';
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
  _addColorOutputIntent: () => void;
  _id: Uint8Array;
  _root: { data: { AF?: PdfReference[] } };
  ref(data?: Record<string, unknown>): PdfReference;
  addNamedEmbeddedFile(name: string, ref: PdfReference): void;
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
  // The sRGB profile of the PDF/A output intent is the same 3 KB in every document: compressed once per process.
  const addColorOutputIntent = internals._addColorOutputIntent;
  internals._addColorOutputIntent = () => {
    const { ref } = internals;
    internals.ref = (data) => {
      internals.ref = ref;
      const profile = ref.call(internals, data);
      reusePrecompressed(profile, OUTPUT_INTENT, 'profile');
      return profile;
    };
    try {
      addColorOutputIntent.call(internals);
    } finally {
      internals.ref = ref;
    }
  };
  return pdf;
}

const OUTPUT_INTENT: { profile?: Uint8Array } = {};

/**
 * The CII as factur-x.xml: the objects pdfkit's `file()` writes (EmbeddedFile, Filespec, the EmbeddedFiles
 * name tree, the catalog's AF), in the same order with the same values, but the MD5 checksum comes from
 * node:crypto: pdfkit computes it in JavaScript (≈ 200 KB of garbage per invoice).
 */
function attachXml(pdf: Doc, ciiXml: string, date: Date): void {
  const internals = pdf as unknown as PdfKitInternals;
  const data = Buffer.from(ciiXml, 'utf8');
  const checksum = createHash('md5').update(data).digest('hex');
  const file = internals.ref({
    Type: 'EmbeddedFile',
    Params: { CreationDate: date, ModDate: date, CheckSum: new String(checksum), Size: data.byteLength },
    Subtype: 'text#2Fxml', // text/xml, escaped as a PDF name
  });
  file.end(data);
  const filespec = internals.ref({
    Type: 'Filespec',
    AFRelationship: 'Alternative',
    F: new String(FACTUR_X_FILE_NAME),
    EF: { F: file },
    UF: new String(FACTUR_X_FILE_NAME),
    Desc: new String('Factur-X invoice (EN 16931)'),
  });
  filespec.end();
  internals.addNamedEmbeddedFile(FACTUR_X_FILE_NAME, filespec);
  (internals._root.data.AF ??= []).push(filespec);
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
  return collectedBytes(pdf);
}
