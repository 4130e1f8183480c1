import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkInvoice } from '@shared/invoicing/check-invoice';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { computeTotals } from '@shared/invoicing/totals';
import { centsToDecimalString } from '@shared/money/euros';
import { installFrenchValidationMessages } from '@shared/validation/zod-french';
import { serializeCii, serializeUbl } from '../../../main/services/documents/xml';
import { CORPUS_DIR } from '../../support/corpus/corpus';
import { exemptLine, vatLine } from '../../support/corpus/corpus-builders';
import { buyers } from '../../support/corpus/corpus-parties';
import { formatReport, validateFacturXXml, validateUbl, validationAvailable, warmUpValidators, type ValidationReport } from '../../support/validation';
import * as broken from '../../support/validation/broken-variants';

installFrenchValidationMessages();
const load = (name: string) => InvoiceDocument.parse(JSON.parse(readFileSync(`${CORPUS_DIR}${name}.json`, 'utf8')));
/** The writer indents; the broken variants of the oracle expect the reference's compact fragments. */
const compact = (xml: string) => xml.replace(/>\s+</g, '><');
const ids = (report: ValidationReport) => [...new Set([...report.fatal.map((f) => f.id), ...(report.xsdErrors.length > 0 ? ['XSD'] : [])])];

/**
 * What stands between a document and issuing, as the application runs it (evaluateDraft in
 * shared/invoicing/compose-document.ts): the InvoiceDocument schema first, then checkInvoice.
 */
function preIssueErrors(doc: InvoiceDocument): Array<{ code: string; field: string; message: string }> {
  const parsed = InvoiceDocument.safeParse(doc);
  if (!parsed.success) return parsed.error.issues.map((issue) => ({ code: 'schema', field: issue.path.join('.'), message: issue.message }));
  return checkInvoice(parsed.data, { today: doc.invoice.issueDate }).filter((f) => f.severity === 'error');
}

/** Both forms of the mutated document, through the official validators. */
async function validatorsOn(doc: InvoiceDocument): Promise<{ cii: ValidationReport; ubl: ValidationReport }> {
  return { cii: await validateFacturXXml(serializeCii(doc)), ubl: await validateUbl(serializeUbl(doc)) };
}

interface Mutation {
  name: string;
  base: string;
  mutate: (doc: InvoiceDocument) => void;
  /** Rules the validators must raise on the CII and on the UBL of the mutated document. */
  rules: { cii: string[]; ubl: string[] };
  /** What our pre-issue checks say: finding code (or "schema") and field. */
  refusedWith: { code: string; field: string };
}

const MUTATIONS: Mutation[] = [
  { name: 'code unité inconnu', base: 'sarl-tva-taux-mixtes', mutate: (d) => void ((d.lines[0] as { unitCode: string }).unitCode = 'PCS'), rules: { cii: ['BR-CL-23'], ubl: ['BR-CL-23'] }, refusedWith: { code: 'schema', field: 'lines.0.unitCode' } },
  { name: 'devise inconnue', base: 'sarl-tva-taux-mixtes', mutate: (d) => void ((d.invoice as { currency: string }).currency = 'EUX'), rules: { cii: ['BR-CL-04'], ubl: ['BR-CL-04'] }, refusedWith: { code: 'schema', field: 'invoice.currency' } },
  { name: 'code pays en minuscules', base: 'me-franchise-mairie', mutate: (d) => void (d.buyer.address.countryCode = 'fr'), rules: { cii: ['BR-CL-14'], ubl: ['BR-CL-14'] }, refusedWith: { code: 'schema', field: 'buyer.address.countryCode' } },
  { name: 'prix unitaire négatif', base: 'sarl-tva-taux-mixtes', mutate: (d) => void ((d.lines[0] as { unitPrice: string }).unitPrice = '-5'), rules: { cii: ['BR-27'], ubl: ['BR-27'] }, refusedWith: { code: 'schema', field: 'lines.0.unitPrice' } },
  { name: 'virement sans IBAN', base: 'me-franchise-mairie', mutate: (d) => void delete d.seller.iban, rules: { cii: ['CII-SR-470'], ubl: ['BR-61'] }, refusedWith: { code: 'payment-iban-missing', field: 'seller.iban' } },
  { name: 'exonération au taux de 20 %', base: 'me-franchise-mairie', mutate: (d) => void ((d.lines[0] as { vatRate: string }).vatRate = '20'), rules: { cii: ['BR-E-05'], ubl: ['BR-E-05'] }, refusedWith: { code: 'schema', field: 'lines.0.vatExemptionCode' } },
  { name: 'livraison intracommunautaire sans TVA du client', base: 'sas-tva-livraison-intracommunautaire', mutate: (d) => void delete d.buyer.vatNumber, rules: { cii: ['BR-IC-02'], ubl: ['BR-IC-02'] }, refusedWith: { code: 'buyer-vat-number-missing', field: 'buyer.vatNumber' } },
  { name: 'livraison intracommunautaire sans pays de livraison', base: 'sas-tva-livraison-intracommunautaire', mutate: (d) => void delete d.invoice.deliveryCountryCode, rules: { cii: ['BR-IC-12'], ubl: ['BR-IC-12'] }, refusedWith: { code: 'intra-community-delivery-missing', field: 'invoice.deliveryCountryCode' } },
  { name: 'hors champ mêlé à une ligne taxée', base: 'association-hors-champ', mutate: (d) => void d.lines.push(exemptLine('Atelier', '1', 'HUR', '40', 'E', 'VATEX-FR-CGI261-7')), rules: { cii: ['BR-O-11'], ubl: ['BR-O-11'] }, refusedWith: { code: 'vat-not-subject-mixed', field: 'lines.0.vatCategory' } },
  { name: 'autoliquidation sans identifiant du client', base: 'sas-tva-autoliquidation', mutate: (d) => void (d.buyer = buyers.particulier()), rules: { cii: ['BR-AE-02'], ubl: ['BR-AE-02'] }, refusedWith: { code: 'buyer-vat-number-missing', field: 'buyer.vatNumber' } },
];

describe.skipIf(!validationAvailable())('mutations the official validators reject are refused before issuing', () => {
  beforeAll(() => warmUpValidators(['en16931-cii', 'en16931-ubl', 'facturx-en16931']), 240_000);

  it.each(MUTATIONS)('$name', async ({ base, mutate, rules, refusedWith }) => {
    const doc = load(base);
    expect(preIssueErrors(doc), 'the base document must be issuable').toEqual([]);
    mutate(doc);
    const { cii, ubl } = await validatorsOn(doc);
    expect(cii.isValid, formatReport(cii)).toBe(false);
    expect(ids(cii), formatReport(cii)).toEqual(expect.arrayContaining(rules.cii));
    expect(ubl.isValid, formatReport(ubl)).toBe(false);
    expect(ids(ubl), formatReport(ubl)).toEqual(expect.arrayContaining(rules.ubl));
    const refusals = preIssueErrors(doc);
    expect(refusals).toContainEqual(expect.objectContaining(refusedWith));
    for (const refusal of refusals) expect(refusal.message).toMatch(/[àâçéèêëîïôûùüÿœ’]|^[A-ZÉ][a-z]+ /);
  });

  it('wrong totals: the validators reject a tampered XML; the document has no total to get wrong (the serializer recomputes them)', async () => {
    const doc = load('sarl-tva-remises-globales');
    const cii = serializeCii(doc);
    const ubl = serializeUbl(doc);
    const tamperedCii = await validateFacturXXml(broken.ciiWithHeaderTotal(compact(cii), 'TaxBasisTotalAmount', '1.00'));
    expect(ids(tamperedCii)).toEqual(expect.arrayContaining(['BR-CO-13']));
    const tamperedUbl = await validateUbl(ubl.replace(/<cbc:PayableAmount currencyID="EUR">[^<]*</, '<cbc:PayableAmount currencyID="EUR">0.01<'));
    expect(ids(tamperedUbl)).toEqual(expect.arrayContaining(['BR-CO-16']));
    const { totals } = computeTotals(doc);
    expect(cii).toContain(`<ram:TaxBasisTotalAmount>${centsToDecimalString(totals.taxBasisTotal)}</ram:TaxBasisTotalAmount>`);
    expect(ubl).toContain(`<cbc:PayableAmount currencyID="EUR">${centsToDecimalString(totals.dueAmount)}</cbc:PayableAmount>`);
  });

  it('franchise seller without BT-32: BR-E-02 on the XML; a seller SIREN that cannot be read is refused before issuing', async () => {
    const doc = load('me-franchise-mairie');
    const cii = await validateFacturXXml(broken.ciiWithoutSellerTaxRegistration(compact(serializeCii(doc))));
    expect(ids(cii)).toEqual(expect.arrayContaining(['BR-E-02']));
    const ubl = await validateUbl(broken.ublWithoutSellerTaxScheme(compact(serializeUbl(doc))));
    expect(ids(ubl)).toEqual(expect.arrayContaining(['BR-E-02']));
    // BT-32 is derived from the SIRET: the document can only lose it through a SIRET that is not one.
    doc.seller.siret = '73282932000075';
    const codes = checkInvoice(doc, { today: doc.invoice.issueDate }).map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['seller-siret-invalid', 'seller-tax-registration-missing']));
  });

  // Our serializer always writes BT-32 = SIREN for a seller without VAT number, which formally meets
  // BR-S-02 ("BT-31, BT-32 and/or BT-63"): the validators accept these documents. They are still wrong
  // (VAT charged without a VAT number), and only our checks can say so.
  it.each([
    { name: 'TVA facturée par un vendeur en franchise', base: 'me-franchise-mairie', mutate: (d: InvoiceDocument) => void (d.lines[0] = vatLine('Conseil', '1', 'HUR', '100', '20')), code: 'franchise-vat-charged' },
    { name: 'vendeur assujetti sans numéro de TVA', base: 'sarl-tva-taux-mixtes', mutate: (d: InvoiceDocument) => void delete d.seller.vatNumber, code: 'seller-vat-number-missing' },
  ])('$name: accepted by EN 16931 (BT-32 present), refused by checkInvoice', async ({ base, mutate, code }) => {
    const doc = load(base);
    mutate(doc);
    const { cii, ubl } = await validatorsOn(doc);
    expect(cii.isValid && ubl.isValid, formatReport(cii)).toBe(true);
    expect(preIssueErrors(doc)).toContainEqual(expect.objectContaining({ code }));
  });

  it('missing service code for a buyer that requires it: EN 16931 does not know Chorus rules, checkInvoice does', async () => {
    const doc = load('me-franchise-mairie');
    delete doc.invoice.serviceCode;
    const { cii, ubl } = await validatorsOn(doc);
    expect(cii.isValid && ubl.isValid, 'Chorus Pro refuses it at deposit, not the EN 16931 validators').toBe(true);
    expect(preIssueErrors(doc)).toContainEqual(expect.objectContaining({ code: 'chorus-service-code-missing', field: 'invoice.serviceCode', message: expect.stringContaining('exige un code service') }));
  });

  it('credit note without the invoice it corrects: valid EN 16931, refused by checkInvoice', async () => {
    const doc = load('sarl-tva-avoir-total');
    delete doc.invoice.precedingInvoice;
    const { cii, ubl } = await validatorsOn(doc);
    expect(cii.isValid && ubl.isValid).toBe(true);
    expect(preIssueErrors(doc)).toContainEqual(expect.objectContaining({ code: 'credit-note-reference-missing' }));
  });

  // "ZZ" has the shape of a country code; the schema checks it against the ISO 3166 list, as BR-CL-14 does.
  it('unknown country code "ZZ" is refused before issuing', async () => {
    const doc = load('me-franchise-particulier');
    doc.buyer.address.countryCode = 'ZZ';
    const { cii } = await validatorsOn(doc);
    expect(ids(cii)).toEqual(expect.arrayContaining(['BR-CL-14']));
    expect(preIssueErrors(doc).length).toBeGreaterThan(0);
  });
});
