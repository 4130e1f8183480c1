import { INVOICE_TYPE_CODES, type InvoiceTypeCode } from './invoice-document';

/**
 * What each kind of piece is called (UNTDID 1001: 380, 381, 386), the same word on the PDF, in the lists, the
 * archive's ledger, the receipts book and the sending screens. A facture d'acompte is an invoice (numbered in
 * the invoice series, owed and paid) that is never called just « Facture ».
 */
export const DOCUMENT_KIND_LABELS: Readonly<Record<InvoiceTypeCode, string>> = { '380': 'Facture', '381': 'Avoir', '386': 'Facture d’acompte' };

export const isInvoiceTypeCode = (value: unknown): value is InvoiceTypeCode => (INVOICE_TYPE_CODES as readonly unknown[]).includes(value);

export const documentKindLabel = (typeCode: InvoiceTypeCode): string => DOCUMENT_KIND_LABELS[typeCode];

/** « cette facture », « cet avoir », « cette facture d’acompte »: the piece named inside a sentence. */
export const thisPiece = (typeCode: InvoiceTypeCode): string => (typeCode === '381' ? 'cet avoir' : `cette ${documentKindLabel(typeCode).toLowerCase()}`);
