import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/services/clock';
import type { Core } from '../../main/app/create-core';
import { run } from '../support/pdf/pdf-tools';
import { draftFor, setUpSeller, valueOf } from '../support/invoicing-setup';
import { focusedName, openPage, screenshot, seriousViolations, useSharedE2eApp } from './e2e-helpers';

const CLOCK = fixedClock('2026-11-27T09:00:00Z');

const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const combobox = (page: Page, name: string) => page.getByRole('combobox', { name, exact: true });
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** What a reader of the issued PDF sees (pdftotext, spaces of any width as one), and the issued CII. */
async function issuedFiles(core: Core, id: number): Promise<{ text: string; cii: string }> {
  const pdf = Buffer.from(valueOf(await core.invoke('invoices:file', { id, kind: 'pdf' })).base64, 'base64');
  const path = join(mkdtempSync(join(tmpdir(), 'facturier-fields-')), 'piece.pdf');
  writeFileSync(path, pdf);
  const cii = Buffer.from(valueOf(await core.invoke('invoices:file', { id, kind: 'cii' })).base64, 'base64').toString('utf8');
  const text = run('pdftotext', [path, '-']).replace(/[ \u00a0]+/g, ' ');
  return { text, cii };
}

async function latestDraft(core: Core) {
  const row = valueOf(await core.invoke('invoices:list', { status: 'draft' })).rows[0];
  return valueOf(await core.invoke('invoices:get', { id: row!.id }));
}

/** Types a first line with the keyboard: designation, quantity, (unit), price. */
async function typeFirstLine(page: Page, description: string, quantity: string, price: string): Promise<void> {
  await textbox(page, 'Désignation, ligne 1').focus();
  await page.keyboard.type(description);
  await page.keyboard.press('Tab');
  await page.keyboard.type(quantity);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type(price);
}

async function issueFromEditor(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Émettre…' }).click();
  await page.getByRole('dialog', { name: /Émettre cet/ }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe('the editor’s per-invoice fields, with the keyboard', { timeout: 90_000 }, () => {
  const e2e = useSharedE2eApp({ clock: CLOCK });
  let customerId = 0;

  beforeAll(async () => {
    customerId = (await setUpSeller(e2e.app.core)).customerId;
  });

  it('adds « frais de déplacement », the operation’s category and a delivery address, saved and issued', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/factures/nouvelle?client=${customerId}`);
    await heading(page, 'Nouvelle facture').waitFor();
    // A public buyer: its Chorus Pro references are asked for.
    await expect.poll(() => page.locator('input[name="serviceCode"]').inputValue()).toBe('FIN-01');
    await typeFirstLine(page, 'Réparation de la chaudière', '2', '80,00');

    await page.getByRole('button', { name: 'Ajouter des frais' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Motif, frais 1');
    await page.keyboard.type('Frais de déplacement');
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe('Montant HT (€), frais 1');
    await page.keyboard.type('35,00');
    await page.locator('.totals-list').getByText('Frais', { exact: true }).waitFor();
    await page.locator('.totals-list dd.grand').getByText('195,00\u00a0€').waitFor();

    await combobox(page, 'Nature de l’opération').focus();
    await combobox(page, 'Nature de l’opération').selectOption({ label: 'Des prestations de services' });
    await page.getByRole('checkbox', { name: 'Livraison ou intervention à une autre adresse que celle du client' }).focus();
    await page.keyboard.press('Space');
    await textbox(page, 'Adresse de livraison').waitFor();
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toMatch(/^Adresse de livraison/);
    await page.keyboard.type('École Jules Ferry, 4 rue des Écoles');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('49250');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Beaufort-en-Anjou');

    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.getByText('Brouillon enregistré.').waitFor();
    const detail = await latestDraft(e2e.app.core);
    expect(detail.draft).toMatchObject({
      charges: [{ reason: 'Frais de déplacement', amountCents: 3500, vatCategory: 'E', vatRate: '0' }],
      operationCategory: 'services',
      deliveryAddress: { line1: 'École Jules Ferry, 4 rue des Écoles', postcode: '49250', city: 'Beaufort-en-Anjou', countryCode: 'FR' },
      isDownPayment: false,
    });
    expect(detail.totals?.totals).toMatchObject({ chargeTotal: 3500, grandTotal: 19500 });
    await screenshot(page, 'editor-charges-operation-delivery');
    expect(await seriousViolations(page)).toEqual([]);

    await issueFromEditor(page, /^Facture F-2026-/);
    const { text, cii } = await issuedFiles(e2e.app.core, detail.id);
    expect(text).toContain('Frais de déplacement');
    expect(text).toContain('Prestation de services');
    expect(text).toContain('École Jules Ferry, 4 rue des Écoles');
    expect(cii).toMatch(/<ram:ChargeIndicator>\s*<udt:Indicator>true<\/udt:Indicator>\s*<\/ram:ChargeIndicator>\s*<ram:ActualAmount>35\.00<\/ram:ActualAmount>\s*<ram:Reason>Frais de déplacement<\/ram:Reason>/);
    expect(cii).toMatch(/<ram:ShipToTradeParty>[\s\S]*École Jules Ferry, 4 rue des Écoles[\s\S]*<\/ram:ShipToTradeParty>/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('issues a facture d’acompte, then the final invoice deducting it', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/factures/nouvelle?client=${customerId}`);
    await heading(page, 'Nouvelle facture').waitFor();
    await typeFirstLine(page, 'Acompte de 30 % sur la rénovation', '1', '300,00');
    await page.getByRole('checkbox', { name: 'Facture d’acompte' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.getByText('Brouillon enregistré.').waitFor();
    const downPayment = await latestDraft(e2e.app.core);
    expect(downPayment.draft).toMatchObject({ isDownPayment: true, downPaymentInvoiceIds: [] });
    // Its heading names it: a facture d'acompte, not a « Facture ».
    await issueFromEditor(page, /^Facture d’acompte F-2026-/);
    const issuedDownPayment = valueOf(await e2e.app.core.invoke('invoices:get', { id: downPayment.id }));
    expect(issuedDownPayment.document?.invoice.typeCode).toBe('386');
    const first = await issuedFiles(e2e.app.core, downPayment.id);
    expect(first.text).toContain(`Facture d’acompte n° ${issuedDownPayment.number}`);
    expect(first.cii).toContain('<ram:TypeCode>386</ram:TypeCode>');
    await page.close();

    const final = await openPage(e2e.browser, `${e2e.app.host.url}#/factures/nouvelle?client=${customerId}`);
    await heading(final.page, 'Nouvelle facture').waitFor();
    await typeFirstLine(final.page, 'Rénovation de la salle polyvalente', '1', '1000,00');
    const choice = final.page.getByRole('checkbox', { name: `Facture d’acompte ${issuedDownPayment.number} du 27/11/2026 (300,00\u00a0€)` });
    await choice.focus();
    await final.page.keyboard.press('Space');
    await final.page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await final.page.getByText('Brouillon enregistré.').waitFor();
    const draft = await latestDraft(e2e.app.core);
    expect(draft.draft).toMatchObject({ isDownPayment: false, downPaymentInvoiceIds: [downPayment.id] });
    expect(draft.totals?.totals.grandTotal).toBe(70000);
    await issueFromEditor(final.page, /^Facture F-2026-/);
    const { text, cii } = await issuedFiles(e2e.app.core, draft.id);
    expect(text).toMatch(new RegExp(`Acompte déduit : facture d’acompte n° ${issuedDownPayment.number} du\\s+27/11/2026`));
    expect(cii).toContain('<ram:TypeCode>380</ram:TypeCode>');
    expect(cii).toContain(issuedDownPayment.number!);

    // The list tells them apart: « Facture d’acompte » for the down payment, « Facture » for the final invoice.
    await final.page.goto(`${e2e.app.host.url}#/factures`);
    await heading(final.page, 'Factures').waitFor();
    const typeOf = async (number: string) => {
      const row = final.page.getByRole('row').filter({ has: final.page.getByRole('rowheader', { name: number, exact: true }) });
      return (await row.getByRole('cell').first().textContent())?.trim();
    };
    await expect(typeOf(issuedDownPayment.number!)).resolves.toBe('Facture d’acompte');
    await expect(typeOf(valueOf(await e2e.app.core.invoke('invoices:get', { id: draft.id })).number!)).resolves.toBe('Facture');
    await screenshot(final.page, 'invoice-list-down-payment');

    // A third invoice sees the down payment as deducted already: shown, not offered.
    const third = await openPage(e2e.browser, `${e2e.app.host.url}#/factures/nouvelle?client=${customerId}`);
    await heading(third.page, 'Nouvelle facture').waitFor();
    await third.page.getByText(/déjà déduite sur la facture F-2026-/).waitFor();
    await expect(third.page.getByRole('checkbox', { name: /Facture d’acompte F-/ }).count()).resolves.toBe(0);
    expect([...errors, ...final.errors, ...third.errors]).toEqual([]);
    await final.page.close();
    await third.page.close();
  });

  it('asks a credit note how the customer is refunded, and leads a missing refund to its field', async () => {
    const core = e2e.app.core;
    const invoice = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    valueOf(await core.invoke('invoices:issue', { id: invoice.id }));
    valueOf(await core.invoke('payments:markPaid', { invoiceId: invoice.id, paidOn: '2026-11-27', mode: 'transfer' }));
    const note = valueOf(await core.invoke('invoices:createCreditNote', { invoiceId: invoice.id }));
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/factures/${note.id}`);
    await page.getByRole('heading', { level: 2, name: 'Remboursement' }).waitFor();
    // What only an invoice has is not shown: no payment means, no acompte, no down payments.
    await expect(combobox(page, 'Moyen de paiement').count()).resolves.toBe(0);
    await expect(textbox(page, 'Acompte déjà versé (€)').count()).resolves.toBe(0);
    await expect(page.getByRole('checkbox', { name: 'Facture d’acompte' }).count()).resolves.toBe(0);
    await expect(combobox(page, 'Remboursement du client').inputValue()).resolves.toBe('42');

    await combobox(page, 'Remboursement du client').selectOption({ label: 'Aucun remboursement (l’avoir réduit ce qui reste dû)' });
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    const finding = page.locator('.finding', { hasText: 'cet avoir lui doit un remboursement' });
    await finding.waitFor();
    await finding.getByRole('button', { name: 'Aller au champ' }).click();
    await expect.poll(() => focusedName(page)).toBe('Remboursement du client');
    await combobox(page, 'Remboursement du client').selectOption({ label: 'Chèque' });
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.getByText('Brouillon enregistré.').waitFor();
    expect(valueOf(await core.invoke('invoices:get', { id: note.id })).draft).toMatchObject({ refundMeansCode: '20' });
    await screenshot(page, 'editor-credit-note-refund');

    await issueFromEditor(page, /^Avoir /);
    const { text, cii } = await issuedFiles(core, note.id);
    expect(text).toMatch(/Remboursement[\s\S]*chèque/i);
    expect(cii).toContain('<ram:TypeCode>20</ram:TypeCode>');
    expect(errors).toEqual([]);
    await page.close();
  });
});
