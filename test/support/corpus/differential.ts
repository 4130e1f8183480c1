import fc from 'fast-check';
import { checkInvoice } from '@shared/invoicing/check-invoice';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { serializeCii, serializeUbl } from '../../../main/services/documents/xml';
import { formatReport, validateFacturXXml, validateUbl } from '../validation';
import { invoiceDocumentArbitrary } from './invoice-arbitraries';

/** Documents the schema and the pre-issue checks accept: exactly what the application would issue. */
export const issuableDocumentArbitrary = invoiceDocumentArbitrary.filter((doc) => {
  if (!InvoiceDocument.safeParse(doc).success) return false;
  return checkInvoice(doc, { today: doc.invoice.issueDate }).every((finding) => finding.severity !== 'error');
});

/** Throws with the validators' report when the CII or the UBL of an issuable document is rejected. */
export async function assertAcceptedByValidators(doc: InvoiceDocument): Promise<void> {
  const cii = await validateFacturXXml(serializeCii(doc));
  if (!cii.isValid) throw new Error(`CII rejected for ${JSON.stringify(doc)}\n${formatReport(cii)}`);
  const ubl = await validateUbl(serializeUbl(doc));
  if (!ubl.isValid) throw new Error(`UBL rejected for ${JSON.stringify(doc)}\n${formatReport(ubl)}`);
}

export function differentialProperty(): fc.IAsyncProperty<[InvoiceDocument]> {
  return fc.asyncProperty(issuableDocumentArbitrary, assertAcceptedByValidators);
}
