import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { renderDocuments } from '../../../main/services/documents/render-documents';
import { readCorpus } from '../../support/corpus/corpus';
import { extractText, writePdf } from '../../support/pdf/pdf-tools';
import { readerProblems } from '../../support/pdf/reader-check';
import { franchiseInvoice, vatInvoice } from '../../support/pdf/pdf-fixtures';
import { makeTempDir } from '../../support/temp-dir';

/**
 * The whole corpus read the way a reader reads it (test/support/pdf/reader-check.ts): every buyer name, line
 * and note exactly once and in order, nothing printed as U+FFFD, nothing drawn over the footer band.
 */
let dir: ReturnType<typeof makeTempDir>;
beforeAll(() => void (dir = makeTempDir('facturier-reader-')));
afterAll(() => dir.remove());

describe('every corpus PDF, read with pdftotext and pdftoppm', () => {
  it.each(readCorpus())('$name', async ({ name, text }) => {
    const doc = InvoiceDocument.parse(JSON.parse(text));
    const { pdf } = await renderDocuments(doc);
    expect(readerProblems(doc, pdf, dir.path, name)).toEqual([]);
  }, 60_000);
});

async function layoutText(doc: InvoiceDocument, name: string): Promise<string> {
  const { pdf } = await renderDocuments(doc);
  return extractText(writePdf(dir.path, name, pdf)).join('\n').replace(/[ \u00a0\u202f]+/g, ' ');
}

describe('the PDF under stress', { timeout: 120_000 }, () => {
  it('flows 20 long notes over the following pages, under the continuation header, never over the footer', async () => {
    const doc = franchiseInvoice();
    doc.invoice.notes.push(...Array.from({ length: 17 }, (_, i) => ({ subject: 'AAI' as const, text: `Note ${i + 1} : ${'conditions particulières de la prestation, '.repeat(22)}fin ${i + 1}.` })));
    const { pdf } = await renderDocuments(doc);
    expect(readerProblems(doc, pdf, dir.path, 'notes')).toEqual([]);
    const pages = extractText(writePdf(dir.path, 'notes', pdf));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages.slice(1)) expect(page).toContain('Facture n° F-2026-0001 (suite)');
  });

  it('keeps the largest amounts, quantities and units whole, and the longest number in the title', async () => {
    const doc = vatInvoice();
    doc.invoice.number = 'F-2026-ABCDEFGHIJKLMNOPQRSTUVWXYZ-01'; // 35 characters, the most BR-FR-01 allows
    doc.lines = [{ description: 'Ouvrage d’art', quantity: '999999999.9999', unitCode: 'KGM', unitPrice: '1', vatCategory: 'S', vatRate: '20' }];
    const text = await layoutText(doc, 'big');
    expect(text).toContain('Facture n° F-2026-ABCDEFGHIJKLMNOPQRSTUVWXYZ-01');
    expect(text).toContain('999 999 999,9999 kg');
    expect(text).toContain('1 000 000 000,00 €');
  });

  it('prints the total VAT (BT-110) when there are two rates or more', async () => {
    expect(await layoutText(vatInvoice(), 'vat-total')).toMatch(/Total TVA 2[01],\d\d €/);
  });

  it('draws CJK, Hangul and emoji with the fallback face and keeps the spaces of right-to-left words', async () => {
    const doc = franchiseInvoice();
    doc.buyer.legalName = 'יוסף כהן בע"מ';
    doc.lines[0]!.description = 'Traduction 中文 et 한국어 ☕ 🥐';
    const text = await layoutText(doc, 'scripts');
    expect(text).toContain('יוסף כהן בע"מ');
    expect(text).toContain('Traduction 中文 et 한국어 ☕ 🥐');
    expect(text).not.toContain('\ufffd');
  });

  it('prints the notes exactly as the XML carries them (no re-typesetting of quotes)', async () => {
    const doc = franchiseInvoice();
    doc.invoice.notes.push({ subject: 'AAI', text: "Livraison l'après-midi \"avant 17h\" : merci" });
    const { pdf, cii } = await renderDocuments(doc);
    const raw = extractText(writePdf(dir.path, 'quotes', pdf)).join('\n');
    expect(cii).toContain('Livraison l&apos;après-midi &quot;avant 17h&quot; : merci');
    expect(raw).toContain("Livraison l'après-midi \"avant 17h\" : merci");
  });
});
