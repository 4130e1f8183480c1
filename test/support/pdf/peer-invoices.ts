import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { computeTotals } from '@shared/invoicing/totals';
import { centsToDecimalString } from '@shared/money/euros';
import { effectiveDueDate } from '@shared/invoicing/seller-mentions';

/**
 * The same invoice in @e-invoice-eu/core's internal format (UBL 2.1 as JSON), for the benchmark only:
 * enough fields for its Factur-X EN 16931 output (single VAT category E, as in the franchise fixture).
 */
export function toEInvoiceEu(doc: InvoiceDocument): unknown {
  const { lineNets, totals, vatBreakdown } = computeTotals(doc);
  const amount = (cents: number) => centsToDecimalString(cents);
  const vat = vatBreakdown[0];
  const address = (a: InvoiceDocument['seller']['address']) => ({
    'cbc:StreetName': a.line1,
    'cbc:CityName': a.city,
    'cbc:PostalZone': a.postcode,
    'cac:Country': { 'cbc:IdentificationCode': a.countryCode },
  });
  return {
    'ubl:Invoice': {
      'cbc:CustomizationID': 'urn:cen.eu:en16931:2017',
      'cbc:ID': doc.invoice.number,
      'cbc:IssueDate': doc.invoice.issueDate,
      'cbc:DueDate': effectiveDueDate(doc.invoice),
      'cbc:InvoiceTypeCode': doc.invoice.typeCode,
      'cbc:DocumentCurrencyCode': 'EUR',
      'cbc:BuyerReference': doc.invoice.serviceCode ?? 'n/a',
      'cac:AccountingSupplierParty': {
        'cac:Party': {
          'cbc:EndpointID': doc.seller.siret,
          'cbc:EndpointID@schemeID': '0009',
          'cac:PostalAddress': address(doc.seller.address),
          'cac:PartyTaxScheme': [{ 'cbc:CompanyID': doc.seller.siret.slice(0, 9), 'cac:TaxScheme': { 'cbc:ID': 'FC' } }],
          'cac:PartyLegalEntity': { 'cbc:RegistrationName': doc.seller.legalName, 'cbc:CompanyID': doc.seller.siret.slice(0, 9), 'cbc:CompanyID@schemeID': '0002' },
        },
      },
      'cac:AccountingCustomerParty': {
        'cac:Party': {
          'cbc:EndpointID': doc.buyer.siret ?? '00000000000000',
          'cbc:EndpointID@schemeID': '0009',
          'cac:PostalAddress': address(doc.buyer.address),
          'cac:PartyLegalEntity': { 'cbc:RegistrationName': doc.buyer.legalName },
        },
      },
      'cac:PaymentMeans': [{ 'cbc:PaymentMeansCode': '30', 'cac:PayeeFinancialAccount': { 'cbc:ID': doc.seller.iban ?? '' } }],
      'cac:TaxTotal': [
        {
          'cbc:TaxAmount': amount(totals.taxTotal),
          'cbc:TaxAmount@currencyID': 'EUR',
          'cac:TaxSubtotal': [
            {
              'cbc:TaxableAmount': amount(vat?.base ?? 0),
              'cbc:TaxableAmount@currencyID': 'EUR',
              'cbc:TaxAmount': amount(vat?.amount ?? 0),
              'cbc:TaxAmount@currencyID': 'EUR',
              'cac:TaxCategory': { 'cbc:ID': 'E', 'cbc:Percent': '0', 'cbc:TaxExemptionReason': 'TVA non applicable, art. 293 B du CGI', 'cbc:TaxExemptionReasonCode': 'VATEX-FR-FRANCHISE', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
            },
          ],
        },
      ],
      'cac:LegalMonetaryTotal': {
        'cbc:LineExtensionAmount': amount(totals.lineTotal),
        'cbc:LineExtensionAmount@currencyID': 'EUR',
        'cbc:TaxExclusiveAmount': amount(totals.taxBasisTotal),
        'cbc:TaxExclusiveAmount@currencyID': 'EUR',
        'cbc:TaxInclusiveAmount': amount(totals.grandTotal),
        'cbc:TaxInclusiveAmount@currencyID': 'EUR',
        'cbc:PayableAmount': amount(totals.dueAmount),
        'cbc:PayableAmount@currencyID': 'EUR',
      },
      'cac:InvoiceLine': doc.lines.map((line, index) => ({
        'cbc:ID': String(index + 1),
        'cbc:InvoicedQuantity': line.quantity,
        'cbc:InvoicedQuantity@unitCode': line.unitCode,
        'cbc:LineExtensionAmount': amount(lineNets[index] ?? 0),
        'cbc:LineExtensionAmount@currencyID': 'EUR',
        'cac:Item': { 'cbc:Name': line.description, 'cac:ClassifiedTaxCategory': { 'cbc:ID': 'E', 'cbc:Percent': '0', 'cac:TaxScheme': { 'cbc:ID': 'VAT' } } },
        'cac:Price': { 'cbc:PriceAmount': line.unitPrice, 'cbc:PriceAmount@currencyID': 'EUR' },
      })),
    },
  };
}

/** The same invoice as node-zugferd's EN 16931 profile data (franchise: one category E breakdown). */
export function toNodeZugferd(doc: InvoiceDocument): Record<string, unknown> {
  const { lineNets, totals } = computeTotals(doc);
  const euros = (cents: number) => cents / 100;
  const party = (name: string, a: InvoiceDocument['seller']['address']) => ({ name, postalAddress: { countryCode: a.countryCode, postCode: a.postcode, city: a.city, line1: a.line1 } });
  return {
    number: doc.invoice.number,
    typeCode: doc.invoice.typeCode,
    issueDate: new Date(`${doc.invoice.issueDate}T00:00:00Z`),
    transaction: {
      tradeAgreement: {
        seller: { ...party(doc.seller.legalName, doc.seller.address), taxRegistration: { localIdentifier: doc.seller.siret.slice(0, 9) } },
        buyer: party(doc.buyer.legalName, doc.buyer.address),
      },
      tradeDelivery: {},
      tradeSettlement: {
        currencyCode: 'EUR',
        vatBreakdown: [{ calculatedAmount: 0, typeCode: 'VAT', basisAmount: euros(totals.taxBasisTotal), categoryCode: 'E', rateApplicablePercent: 0, exemptionReason: 'TVA non applicable, art. 293 B du CGI', exemptionReasonCode: 'VATEX-FR-FRANCHISE' }],
        monetarySummation: { lineTotalAmount: euros(totals.lineTotal), taxBasisTotalAmount: euros(totals.taxBasisTotal), taxTotal: { amount: 0, currencyCode: 'EUR' }, grandTotalAmount: euros(totals.grandTotal), duePayableAmount: euros(totals.dueAmount) },
      },
      line: doc.lines.map((line, index) => ({
        identifier: String(index + 1),
        tradeProduct: { name: line.description },
        tradeAgreement: { netTradePrice: { chargeAmount: Number(line.unitPrice) } },
        tradeDelivery: { billedQuantity: { amount: Number(line.quantity), unitMeasureCode: line.unitCode } },
        tradeSettlement: { tradeTax: { typeCode: 'VAT', categoryCode: 'E', rateApplicablePercent: 0 }, monetarySummation: { lineTotalAmount: euros(lineNets[index] ?? 0) } },
      })),
    },
  };
}
