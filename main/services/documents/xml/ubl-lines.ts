import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { decimalForXml, type DocumentFacts } from './document-facts';
import { money, taxCategory } from './ubl-settlement';
import { el, leaf, type XmlElement } from './xml-writer';

/**
 * BG-25 as cac:InvoiceLine, or cac:CreditNoteLine with cbc:CreditedQuantity in a credit note. Same
 * values as the CII lines (cii-lines.ts); the line allowance has no TaxCategory in UBL (it is the line's).
 */
export function ublLines(doc: InvoiceDocument, facts: DocumentFacts): XmlElement[] {
  const lineName = facts.isCreditNote ? 'cac:CreditNoteLine' : 'cac:InvoiceLine';
  const quantityName = facts.isCreditNote ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity';
  return doc.lines.map((line, index) =>
    el(
      lineName,
      leaf('cbc:ID', String(index + 1)),
      leaf(quantityName, decimalForXml(line.quantity), { unitCode: line.unitCode }),
      money('cbc:LineExtensionAmount', facts.totals.lineNets[index] ?? 0),
      line.allowanceCents
        ? el(
            'cac:AllowanceCharge',
            leaf('cbc:ChargeIndicator', 'false'),
            leaf('cbc:AllowanceChargeReason', line.allowanceReason?.trim() ? line.allowanceReason : 'Remise'),
            money('cbc:Amount', line.allowanceCents),
          )
        : null,
      el('cac:Item', leaf('cbc:Name', line.description), taxCategory('cac:ClassifiedTaxCategory', line.vatCategory, line.vatRate)),
      el('cac:Price', leaf('cbc:PriceAmount', decimalForXml(line.unitPrice), { currencyID: 'EUR' })),
    ),
  );
}
