import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { renderFacturXPdf } from './pdf/factur-x-pdf';
import { serializeCii, serializeUbl } from './xml';

export interface RenderDocumentsOptions {
  logo?: { bytes: Buffer; type: 'image/png' | 'image/jpeg' };
}

export interface RenderedDocuments {
  /** The Factur-X PDF/A-3 with `cii` embedded as factur-x.xml. */
  pdf: Buffer;
  /** CII D16B, Factur-X EN 16931 profile. */
  cii: string;
  /** UBL 2.1 Invoice or CreditNote. */
  ubl: string;
}

/**
 * The three files of an issued invoice. The XML is serialized first: a draft (no number) is refused by
 * the serializer with a French message before any PDF work, and the PDF embeds exactly the `cii` returned.
 * Synchronous, so issuing can produce them inside its transaction.
 */
export function renderDocuments(doc: InvoiceDocument, options: RenderDocumentsOptions = {}): RenderedDocuments {
  const cii = serializeCii(doc);
  const ubl = serializeUbl(doc);
  const pdf = renderFacturXPdf(doc, cii, options.logo ? { logo: options.logo } : {});
  return { pdf, cii, ubl };
}
