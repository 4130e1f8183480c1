import { createHash } from 'node:crypto';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { documentTitle } from './invoice-labels';

/**
 * Everything that would make two renderings of the same invoice differ (dates, file ID) is derived from
 * the invoice itself, so the same document always gives byte-identical PDFs: an issued invoice can be
 * re-rendered and compared, and the archive never holds two "versions" of one invoice.
 */
export interface PdfIdentity {
  title: string;
  author: string;
  subject: string;
  /** Creation and modification date of the PDF and of the attachment: the issue date at 00:00 UTC. */
  date: Date;
  /** The trailer /ID (16 bytes), a hash of what identifies the invoice. */
  fileId: Buffer;
}

export const PRODUCER = 'Facturier';

export function pdfIdentity(doc: InvoiceDocument): PdfIdentity {
  const { invoice, seller, buyer } = doc;
  const number = invoice.number ?? '';
  const fileId = createHash('md5').update(`${seller.siret}|${invoice.typeCode}|${number}|${invoice.issueDate}`).digest();
  const title = documentTitle(invoice);
  return {
    title,
    author: seller.legalName,
    subject: `${title} — ${seller.legalName} à ${buyer.legalName}`,
    date: new Date(`${invoice.issueDate}T00:00:00Z`),
    fileId,
  };
}

/** "2025-01-15T00:00:00Z", the XMP form of the same instant pdfkit writes as D:20250115000000Z in Info. */
export function xmpDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
