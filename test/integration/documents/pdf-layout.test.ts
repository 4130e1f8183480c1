import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFacturXPdf } from '../../../main/services/documents/pdf/factur-x-pdf';
import { creditNote, franchiseInvoice, longInvoice, placeholderCii, vatInvoice } from '../../support/pdf/pdf-fixtures';
import { sampleLogo } from '../../support/pdf/png-encode';
import { extractText, pdfInfo, writePdf } from '../../support/pdf/pdf-tools';
import { makeTempDir } from '../../support/temp-dir';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';

/** What the reader sees, through pdftotext: mentions, amounts in French format, pagination. */
let dir: ReturnType<typeof makeTempDir>;

async function pages(name: string, doc: InvoiceDocument, logo = false): Promise<{ path: string; pages: string[]; text: string }> {
  const pdf = await renderFacturXPdf(doc, placeholderCii(doc), logo ? { logo: { bytes: sampleLogo(), type: 'image/png' } } : {});
  const path = writePdf(dir.path, name, pdf);
  const extracted = extractText(path);
  // pdftotext prints U+00A0 and U+202F as plain spaces; collapse runs of spaces for readable assertions.
  const normalized = extracted.map((page) => page.replace(/[ \u00a0\u202f]+/g, ' '));
  return { path, pages: normalized, text: normalized.join('\n') };
}

beforeAll(() => {
  dir = makeTempDir('facturier-pdf-');
});
afterAll(() => dir.remove());

describe('invoice PDF content', () => {
  it('prints a franchise invoice with its parties, references, dates and legal mentions', async () => {
    const { text, pages: all } = await pages('franchise', franchiseInvoice());
    expect(all).toHaveLength(1);
    for (const expected of [
      'Facture n° F-2026-0001',
      'Jean Dupont EI',
      'SIRET : 732 829 320 00074',
      'Commune de Nantes',
      'SIRET : 214 401 093 00015',
      'Code service SERV-FIN-01',
      'N° d’engagement EJ-2025-000123',
      'N° de marché MAPA-2026-17',
      'Date d’émission 27/11/2026',
      'Date de vente/prestation 20/11/2026',
      'Date d’échéance 27/12/2026',
      'TVA non applicable, art. 293 B du CGI',
      'Total HT 2 809,50 €',
      'Net à payer 2 809,50 €',
      '12,5 h',
      '1 234,50 €',
      'Remise fidélité : −100,00 €',
      'IBAN FR76 3000 6000 0112 3456 7890 189',
      'Moyen de paiement Virement',
      'Paiement à 30 jours',
      'Intérêts moratoires en cas de retard de paiement',
      'Indemnité forfaitaire pour frais de recouvrement : 40 €',
      'Pas d’escompte pour paiement anticipé',
      'Entrepreneur individuel',
      'Dispensé d’immatriculation au RCS et au RM',
      'Page 1 / 1',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // Under the franchise there is no VAT column and no VAT amount.
    expect(text).not.toMatch(/TVA 20 %/);
  });

  it('prints a company invoice: VAT per rate, allowances, prepaid amount, capital, RCS, VAT number', async () => {
    const { text, path } = await pages('vat', vatInvoice(), true);
    for (const expected of [
      'Boulangerie Martin',
      'SARL au capital de 10 000,00 €',
      'RCS Paris',
      'N° TVA intracommunautaire : FR44732829320',
      'Réf. de commande BC-7781',
      'Total HT des lignes 154,12 €',
      'Remise commerciale −10,00 €',
      'Total HT après remises 144,12 €',
      'TVA 20 % 18,07 €',
      'TVA 5,5 % 2,96 €',
      'Total TTC 165,15 €',
      'Déjà payé −20,00 €',
      'Net à payer 145,15 €',
      'BIC BNPAFRPPXXX',
      'Pénalités de retard : taux de refinancement de la BCE majoré de 10 points',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(pdfInfo(path).Pages).toBe('1');
  });

  it('prints a credit note with the invoice it corrects', async () => {
    const { text } = await pages('credit', creditNote());
    expect(text).toContain('Avoir n° A-2026-0003');
    expect(text).toContain('En correction de la facture n° F-2026-0001 du 27/11/2026');
    expect(text).toContain('Montant de l’avoir 900,00 €');
  });

  it('adds the EI mention to an individual entrepreneur whose name lacks it', async () => {
    const doc = franchiseInvoice();
    doc.seller.legalName = 'Jeanne Martin';
    const { text } = await pages('ei', doc);
    expect(text).toContain('Jeanne Martin EI');
  });

  it('spreads 200 lines over several pages, header row and "Page n / N" on each', async () => {
    const { pages: all, path } = await pages('long', longInvoice(200));
    const count = all.length;
    expect(count).toBeGreaterThan(3);
    expect(pdfInfo(path).Pages).toBe(String(count));
    all.forEach((page, index) => {
      expect(page, `page ${index + 1}`).toMatch(/Désignation Quantité Prix unit\. HT TVA Montant HT/);
      expect(page, `page ${index + 1}`).toContain(`Page ${index + 1} / ${count}`);
      expect(page, `page ${index + 1}`).toContain('SIRET 732 829 320 00074');
    });
    expect(all[1]).toContain('Facture n° F-2026-0042 (suite)');
    for (let line = 1; line <= 200; line++) expect(all.join('\n')).toContain(`Ligne ${line} :`);
    // Every line exactly once: no row lost or drawn twice at a page break.
    expect(all.join('\n').match(/Ligne \d+ :/g)).toHaveLength(200);
    expect(all[count - 1]).toContain('Net à payer');
  });
});
