import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { downloadOf, viaInvoke } from '../../support/export-setup';
import { draftFor, franchiseLine, setUpSeller, valueOf } from '../../support/invoicing-setup';
import { extractText, listFonts, run } from '../../support/pdf/pdf-tools';
import { useTestCores } from '../../support/test-core';

const cores = useTestCores();

/**
 * A micro-entrepreneur's spring: a service invoice paid in two goes with a correction, a mixed invoice
 * (jam jars and their delivery) paid cash, and one in « unités » paid in April.
 */
async function springOfPayments(): Promise<Core & { dataDir: string }> {
  const shop = cores.open({ now: '2026-06-30T10:00:00Z' });
  const { customerId } = await setUpSeller(shop);
  const issue = async (lines: object[]) => {
    const { id } = valueOf(await shop.invoke('invoices:createDraft', { draft: draftFor(customerId, { issueDate: '2026-04-01', lines: lines as never }) }));
    valueOf(await shop.invoke('invoices:issue', { id }));
    return id;
  };
  const services = await issue([franchiseLine]); // 3 h × 45,50 = 136,50
  const mixed = await issue([
    { ...franchiseLine, description: 'Pots de confiture', unitCode: 'H87', quantity: '10', unitPrice: '12' },
    { ...franchiseLine, description: 'Livraison et installation', unitCode: 'HUR', quantity: '1', unitPrice: '30' },
  ]);
  const units = await issue([{ ...franchiseLine, description: 'Ateliers', unitCode: 'C62', quantity: '2', unitPrice: '25' }]);
  const pay = async (invoiceId: number, paidOn: string, amountCents: number, mode: string) =>
    valueOf(await shop.invoke('payments:record', { invoiceId, paidOn, amountCents, mode: mode as 'transfer' }));
  await pay(units, '2026-04-15', 5_000, 'cheque');
  await pay(services, '2026-05-10', 6_000, 'transfer');
  await pay(services, '2026-05-11', -1_000, 'transfer');
  await pay(mixed, '2026-05-20', 15_000, 'cash');
  await pay(services, '2026-06-02', 8_650, 'cheque');
  return shop;
}

/** What the payments table itself says was received in a period: the oracle, read without our code. */
const paymentsSum = (shop: Core, from: string, to: string) => shop.db.prepare('SELECT coalesce(sum(amount_cents), 0) FROM payments WHERE paid_on BETWEEN ? AND ?').pluck().get(from, to) as number;

describe('the receipts book (livre des recettes)', () => {
  it('lists the receipts of a period in date order, and its totals equal the payments', async () => {
    const shop = await springOfPayments();
    const book = valueOf(await shop.invoke('receipts:book', { from: '2026-05-01', to: '2026-05-31' }));
    expect(book.receipts.map((r) => [r.date, r.customer, r.nature, r.amountCents, r.means, r.invoiceNumber])).toEqual([
      ['2026-05-10', 'Mairie de Beaufort-en-Anjou', 'Atelier de pâtisserie pour l’école', 6_000, 'Virement', 'F-2026-0001'],
      ['2026-05-11', 'Mairie de Beaufort-en-Anjou', 'Atelier de pâtisserie pour l’école', -1_000, 'Virement', 'F-2026-0001'],
      ['2026-05-20', 'Mairie de Beaufort-en-Anjou', 'Pots de confiture (+ 1 autre ligne)', 15_000, 'Espèces', 'F-2026-0002'],
    ]);
    expect(book.totals.receivedCents).toBe(paymentsSum(shop, '2026-05-01', '2026-05-31'));
    expect(book.totals).toMatchObject({ count: 3, receivedCents: 20_000, goodsCents: 12_000, servicesCents: 8_000 });
    for (const [from, to] of [['2026-01-01', '2026-12-31'], ['2026-04-15', '2026-04-15'], ['2026-06-03', '2026-06-30']] as const) {
      expect(valueOf(await shop.invoke('receipts:book', { from, to })).totals.receivedCents).toBe(paymentsSum(shop, from, to));
    }
  });

  it('gives the turnover to declare for a month and for a quarter, goods and services apart', async () => {
    const shop = await springOfPayments();
    expect(valueOf(await shop.invoke('exports:turnover', { period: '2026-05' }))).toMatchObject({
      label: 'mai 2026',
      isVatFranchise: true,
      declaredCents: 20_000,
      goodsCents: 12_000,
      servicesCents: 8_000,
      assumedServicesCents: 0,
    });
    const quarter = valueOf(await shop.invoke('exports:turnover', { period: '2026-T2' }));
    expect(quarter).toMatchObject({ from: '2026-04-01', to: '2026-06-30', declaredCents: 33_650, goodsCents: 12_000, servicesCents: 21_650, assumedServicesCents: 5_000 });
    expect(quarter.declaredCents).toBe(paymentsSum(shop, '2026-04-01', '2026-06-30'));
    expect(await shop.invoke('exports:turnover', { period: '2026-13' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('is written as a CSV a French spreadsheet opens, ending with the totals', async () => {
    const shop = await springOfPayments();
    const csv = await downloadOf(shop, viaInvoke(shop, 'exports:receiptsBook', { from: '2026-04-01', to: '2026-06-30', format: 'csv' }));
    expect(csv.fileName).toBe('Livre-des-recettes-2026-04-01-au-2026-06-30.csv');
    const lines = csv.bytes.toString('utf8').split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('\ufeffDate d’encaissement;Client;Nature;Montant encaissé;dont HT;Ventes de marchandises (HT);Prestations de services (HT);Mode de règlement;Facture');
    expect(lines[1]).toBe('2026-04-15;Mairie de Beaufort-en-Anjou;Ateliers;50,00;50,00;0,00;50,00;Chèque;F-2026-0003');
    expect(lines).toHaveLength(7);
    expect(lines[6]).toBe('Total du 2026-04-01 au 2026-06-30;;5 encaissements;336,50;336,50;120,00;216,50;;');
  });

  it('is written as a PDF in the app’s fonts, with every receipt and the totals', async () => {
    const shop = await springOfPayments();
    const pdf = await downloadOf(shop, viaInvoke(shop, 'exports:receiptsBook', { from: '2026-04-01', to: '2026-06-30', format: 'pdf' }));
    const dir = cores.tempDir();
    const path = join(dir, 'livre.pdf');
    writeFileSync(path, pdf.bytes);
    expect(listFonts(path).map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    const text = extractText(path).join('\n');
    for (const expected of [
      'Livre des recettes',
      'Jean Dupont EI — SIRET 73282932000074',
      'Encaissements du 01/04/2026 au 30/06/2026',
      '15/04/2026',
      'Pots de confiture (+ 1 autre ligne)',
      '-10,00 €',
      'Total encaissé (5 encaissements)',
      '336,50 €',
      'Ventes de marchandises',
      'Prestations de services',
      'page 1 / 1',
    ]) {
      expect(text.replace(/[\u00a0\u202f]/g, ' ')).toContain(expected.replace(/[\u00a0\u202f]/g, ' '));
    }
    run('pdftoppm', ['-png', '-r', '60', '-singlefile', path, join(process.env.FACTURIER_KEEP_PNG ?? dir, 'livre')]);
  });

  it('flows over several pages, each with its header and page number', async () => {
    const shop = cores.open({ now: '2026-06-30T10:00:00Z' });
    const { customerId } = await setUpSeller(shop);
    const { id } = valueOf(await shop.invoke('invoices:createDraft', { draft: draftFor(customerId, { issueDate: '2026-04-01', lines: [{ ...franchiseLine, quantity: '100' }] }) }));
    valueOf(await shop.invoke('invoices:issue', { id }));
    for (let i = 0; i < 90; i++) valueOf(await shop.invoke('payments:record', { invoiceId: id, paidOn: '2026-05-02', amountCents: 100, mode: 'card' }));
    const pdf = await downloadOf(shop, viaInvoke(shop, 'exports:receiptsBook', { from: '2026-05-01', to: '2026-05-31', format: 'pdf' }));
    const path = join(cores.tempDir(), 'long.pdf');
    writeFileSync(path, pdf.bytes);
    const pages = extractText(path);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain('Livre des recettes');
      expect(page).toContain(`page ${i + 1} / ${pages.length}`);
    });
  });
});
