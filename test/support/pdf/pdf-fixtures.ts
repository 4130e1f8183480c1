import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import type { InvoiceLine } from '@shared/invoicing/invoice-line';
import { franchiseInvoiceToTownHall, vatInvoiceToCompany } from '../../unit/domain/invoice-fixtures';

/**
 * Invoices for the PDF tests, built on the domain fixtures: a franchise invoice whose texts use every
 * French glyph we care about, a VAT invoice with every kind of total, a credit note and a long invoice.
 */
export function franchiseInvoice(): InvoiceDocument {
  const doc = franchiseInvoiceToTownHall();
  doc.invoice.number = 'F-2026-0001';
  doc.invoice.issueDate = '2026-11-27';
  doc.invoice.deliveryDate = '2026-11-20';
  doc.invoice.marketNumber = 'MAPA-2026-17';
  doc.seller.email = 'jean.dupont@exemple.fr';
  doc.seller.phone = '06 12 34 56 78';
  doc.lines = [
    { ...(doc.lines[0] as InvoiceLine), description: 'Développement logiciel : module « Chorus Pro » de la régie municipale' },
    { description: 'Main-d’œuvre — coordination de l’équipe, réunions hebdomadaires et comptes rendus', quantity: '12.5', unitCode: 'HUR', unitPrice: '62', vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' },
    { description: 'Formation des agents (½ journée), support imprimé', quantity: '1', unitCode: 'LS', unitPrice: '1234.5', allowanceCents: 10_000, allowanceReason: 'Remise fidélité', vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' },
  ];
  return doc;
}

export function vatInvoice(): InvoiceDocument {
  const doc = vatInvoiceToCompany();
  doc.seller.bic = 'BNPAFRPPXXX';
  doc.invoice.number = 'F-2026-0042';
  doc.invoice.issueDate = '2026-11-27';
  doc.invoice.buyerOrderReference = 'BC-7781';
  doc.invoice.allowances = [{ reason: 'Remise commerciale', amountCents: 1_000, vatCategory: 'S', vatRate: '20' }];
  doc.invoice.prepaidCents = 2_000;
  doc.buyer.vatNumber = 'FR44732829320';
  return doc;
}

export function creditNote(): InvoiceDocument {
  const doc = franchiseInvoice();
  doc.invoice.typeCode = '381';
  doc.invoice.number = 'A-2026-0003';
  doc.invoice.precedingInvoice = { number: 'F-2026-0001', issueDate: '2026-11-27' };
  doc.lines = [doc.lines[0] as InvoiceLine];
  return doc;
}

/** `count` lines of varied lengths, so rows of one and of several text lines cross page breaks. */
export function longInvoice(count = 200): InvoiceDocument {
  const doc = vatInvoice();
  doc.lines = Array.from({ length: count }, (_, index): InvoiceLine => ({
    description: index % 7 === 3 ? `Ligne ${index + 1} : prestation de maintenance préventive des équipements, déplacement et compte rendu détaillé compris` : `Ligne ${index + 1} : fourniture`,
    quantity: String((index % 5) + 1),
    unitCode: index % 2 === 0 ? 'H87' : 'HUR',
    unitPrice: `${10 + (index % 13)}.5`,
    vatCategory: 'S',
    vatRate: index % 3 === 0 ? '5.5' : '20',
  }));
  return doc;
}

/** Escapes a text for the placeholder CII below. */
const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The PDF does not read the XML; the tests embed the reference CII, and for other invoices a short
 * well-formed stand-in naming the invoice (the real serializer is written elsewhere).
 */
export function placeholderCii(doc: InvoiceDocument): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"><!-- ${esc(doc.invoice.number ?? '')} --></rsm:CrossIndustryInvoice>\n`;
}
