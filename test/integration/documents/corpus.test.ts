import { beforeAll, describe, expect, it } from 'vitest';
import { checkInvoice } from '@shared/invoicing/check-invoice';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { serializeCii, serializeUbl } from '../../../main/services/documents/xml';
import { buildCorpus, corpusFileText, readCorpus } from '../../support/corpus/corpus';
import { franchiseLine, makeDocument } from '../../support/corpus/corpus-builders';
import { buyers, sellers } from '../../support/corpus/corpus-parties';
import { isReformB2b } from '@shared/invoicing/buyer-rules';
import { checkBrFr, formatReport, validateCii, validateFacturXXml, validateUbl, validationAvailable, warmUpValidators } from '../../support/validation';

const corpus = readCorpus();

describe('invoice corpus (test/fixtures/corpus)', () => {
  it('has at least 50 invoices, all as the builders in test/support/corpus make them', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(50);
    const built = buildCorpus();
    expect(corpus.map((entry) => entry.name)).toEqual(Object.keys(built).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const { name, text } of corpus) expect(text, `${name}.json is stale: run npx tsx test/support/corpus/write-corpus.ts`).toBe(corpusFileText(built[name] as InvoiceDocument));
  });

  it.each(corpus)('$name parses with InvoiceDocument, is issued and has no error-level finding', ({ text }) => {
    const parsed = InvoiceDocument.safeParse(JSON.parse(text));
    expect(parsed.error?.issues ?? []).toEqual([]);
    const doc = parsed.data as InvoiceDocument;
    expect(doc.invoice.number).toMatch(/\S/);
    const errors = checkInvoice(doc, { today: doc.invoice.issueDate }).filter((finding) => finding.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('refuses a zero-quantity line before issuing (such a line is not in the corpus)', () => {
    const doc = makeDocument({ seller: sellers.meFranchise(), buyer: buyers.ecole(), number: 'F2025-0100', lines: [franchiseLine('Rien', '0', 'C62', '10'), franchiseLine('Zéro décimal', '0.0000', 'HUR', '5')] });
    const findings = checkInvoice(doc, { today: doc.invoice.issueDate }).filter((finding) => finding.code === 'line-quantity-zero');
    expect(findings.map((finding) => [finding.severity, finding.field])).toEqual([
      ['error', 'lines.0.quantity'],
      ['error', 'lines.1.quantity'],
    ]);
    expect(findings[0]?.message).toBe('Ligne 1\u00a0: la quantité est nulle. Indiquez la quantité vendue ou supprimez la ligne.');
  });
});

describe.skipIf(!validationAvailable())('invoice corpus against the official validators', () => {
  beforeAll(() => warmUpValidators(['en16931-cii', 'en16931-ubl', 'facturx-en16931']), 240_000);

  it.each(corpus)('$name: CII passes Factur-X EN16931 and CII D16B, UBL passes UBL 2.1 + EN 16931', async ({ text }) => {
    const doc = InvoiceDocument.parse(JSON.parse(text));
    const cii = serializeCii(doc);
    const ubl = serializeUbl(doc);
    for (const report of [await validateFacturXXml(cii), await validateCii(cii), await validateUbl(ubl)]) {
      expect(report.isValid, formatReport(report)).toBe(true);
      expect(report.xsdErrors, formatReport(report)).toEqual([]);
      expect(report.fatal, formatReport(report)).toEqual([]);
    }
  }, 180_000);
});

/**
 * Which rules for which buyer (docs/einvoice-decisions.md): a French company's invoices pass the B2B reform's
 * BR-FR 1.4 with no fatal finding; a public buyer's stay as Chorus Pro wants them (BT-23 A1, BT-47 = SIRET 0009),
 * which BR-FR-08 is expected to flag.
 */
describe.skipIf(!validationAvailable())('invoice corpus against the French B2B reform rules (BR-FR 1.4)', () => {
  beforeAll(() => warmUpValidators(['br-fr-cii']), 240_000);
  const parsed = corpus.map(({ name, text }) => ({ name, doc: InvoiceDocument.parse(JSON.parse(text)) }));
  const b2b = parsed.filter(({ doc }) => isReformB2b(doc.buyer));
  const publicBuyers = parsed.filter(({ doc }) => doc.buyer.kind === 'public');

  it('covers company buyers and public buyers', () => {
    expect(b2b.length).toBeGreaterThanOrEqual(10);
    expect(publicBuyers.length).toBeGreaterThanOrEqual(10);
  });

  it.each(b2b)('$name (company buyer): BR-FR 1.4 passes', async ({ doc }) => {
    const report = await checkBrFr(serializeCii(doc));
    expect(report.fatal.map((f) => `${f.id}: ${f.text}`)).toEqual([]);
  }, 180_000);

  it.each(publicBuyers.slice(0, 3))('$name (public buyer): stays in Chorus Pro’s form, A1 and SIRET', async ({ doc }) => {
    const cii = serializeCii(doc);
    expect(cii).toMatch(/<ram:BusinessProcessSpecifiedDocumentContextParameter>\s*<ram:ID>A1<\/ram:ID>/);
    expect(cii).toContain(`<ram:ID schemeID="0009">${doc.buyer.siret}</ram:ID>`);
    const report = await checkBrFr(cii);
    expect(report.fatal.map((f) => f.id)).toContain('BR-FR-08_BT-23');
  });
});
