import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { renderDocuments } from '../../../main/services/documents/render-documents';
import { campaignSize, reportCampaign } from '../../support/campaign';
import { franchiseInvoice, vatInvoice } from '../../support/pdf/pdf-fixtures';
import { readerProblems } from '../../support/pdf/reader-check';
import { makeTempDir } from '../../support/temp-dir';

/**
 * Long and unusual but valid inputs, generated: every line and note still read exactly once and in order,
 * nothing drawn over the footer, no U+FFFD. Texts carry a unique tag so a short one cannot hide in a longer one.
 */
const CASES = campaignSize(200, 12);

const pieces = fc.constantFrom(
  'prestation',
  '« guillemets »',
  'l’après-midi',
  '999 999 999,99 €',
  '12,5 kg',
  'Œuvre',
  '中文字符',
  '한국어',
  '☕🥐',
  'https://exemple.fr/un/chemin/tres/long/sans/espace/aucune/coupure/possible/avant/la/fin',
  'x'.repeat(120),
  'Ünïcödé ñ',
);
const text = (max: number) => fc.array(pieces, { minLength: 1, maxLength: max }).map((words) => words.join(' '));

const documentArbitrary = fc
  .record({
    vat: fc.boolean(),
    lines: fc.array(text(30), { minLength: 1, maxLength: 25 }),
    notes: fc.array(text(60), { maxLength: 12 }),
    price: fc.constantFrom('1', '0.0001', '99999999.9999', '123456.78'),
    quantity: fc.constantFrom('1', '999999999.9999', '0.5', '-2'),
    number: fc.constantFrom('F-2026-0001', 'F-2026-ABCDEFGHIJKLMNOPQRSTUVWXYZ-01', '2026/0042+A'),
  })
  .map((r): InvoiceDocument => {
    const doc = r.vat ? vatInvoice() : franchiseInvoice();
    const template = doc.lines[0]!;
    doc.invoice.number = r.number;
    doc.lines = r.lines.map((description, index) => ({ ...template, description: `L${index}§ ${description}`.slice(0, 1000), quantity: index === 0 ? '1' : r.quantity, unitPrice: r.price }));
    doc.invoice.notes = [...doc.invoice.notes, ...r.notes.map((note, index) => ({ subject: 'AAI' as const, text: `N${index}§ ${note}`.slice(0, 1000) }))];
    return doc;
  });

let dir: ReturnType<typeof makeTempDir>;
beforeAll(() => void (dir = makeTempDir('facturier-reader-campaign-')));
afterAll(() => dir.remove());

describe('generated long and unusual invoices, read with pdftotext and pdftoppm', () => {
  it(`${CASES} documents keep every line and note, in order, clear of the footer`, async () => {
    let failures = 0;
    let index = 0;
    try {
      await fc.assert(
        fc.asyncProperty(documentArbitrary, async (doc) => {
          const { pdf } = await renderDocuments(doc);
          const problems = readerProblems(doc, pdf, dir.path, `case-${index++}`);
          if (problems.length > 0) failures++;
          expect(problems).toEqual([]);
        }),
        { numRuns: CASES, seed: 20261127 },
      );
    } finally {
      reportCampaign('pdf-reader', 'factures générées', index, failures);
    }
  }, 600_000);
});
