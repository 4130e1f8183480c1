import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { centsToDecimalString } from '@shared/money/euros';
import { ciiLineAllowance, ciiLineTax } from './cii-settlement';
import { decimalForXml, type DocumentFacts } from './document-facts';
import { el, leaf, type XmlElement } from './xml-writer';

/**
 * BG-25 lines. BT-126 = position (1-based); BT-153 = the description; BT-146 = net unit price and
 * BT-129 = quantity, both from the exact decimal strings; BT-131 = the net computed by computeTotals.
 */
export function ciiLines(doc: InvoiceDocument, facts: DocumentFacts): XmlElement[] {
  return doc.lines.map((line, index) =>
    el(
      'ram:IncludedSupplyChainTradeLineItem',
      el('ram:AssociatedDocumentLineDocument', leaf('ram:LineID', String(index + 1))),
      el('ram:SpecifiedTradeProduct', leaf('ram:Name', line.description)),
      el('ram:SpecifiedLineTradeAgreement', el('ram:NetPriceProductTradePrice', leaf('ram:ChargeAmount', decimalForXml(line.unitPrice)))),
      el('ram:SpecifiedLineTradeDelivery', leaf('ram:BilledQuantity', decimalForXml(line.quantity), { unitCode: line.unitCode })),
      el(
        'ram:SpecifiedLineTradeSettlement',
        ciiLineTax(line.vatCategory, line.vatRate),
        line.allowanceCents ? ciiLineAllowance(line.allowanceCents, line.allowanceReason) : null,
        el('ram:SpecifiedTradeSettlementLineMonetarySummation', leaf('ram:LineTotalAmount', centsToDecimalString(facts.totals.lineNets[index] ?? 0))),
      ),
    ),
  );
}
