import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/services/clock';
import { formatEuros } from '@shared/money/euros';
import { draftFor, franchiseLine, setUpSeller, townHall, valueOf } from '../support/invoicing-setup';
import { focusedName, openPage, screenshot, SHOP_PC_VIEWPORT, useSharedE2eApp } from './e2e-helpers';

const CLOCK = fixedClock('2026-11-27T09:00:00Z');
const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

describe('the editor’s small things, and the list on a 1366×768 screen', () => {
  const e2e = useSharedE2eApp({ clock: CLOCK });
  let customerId = 0;

  beforeAll(async () => {
    ({ customerId } = await setUpSeller(e2e.app.core));
    valueOf(await e2e.app.core.invoke('catalogue:create', { item: { designation: 'Atelier de pâtisserie', unitCode: 'HUR', unitPrice: '45.5', vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' } }));
  });

  it('a catalogue item fills the empty first line; Enter on an empty last line adds no other', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/factures/nouvelle?client=${customerId}`);
    await page.getByRole('heading', { level: 1, name: 'Nouvelle facture' }).waitFor();
    // The customer of ?client= has one active service: its code is there already.
    await expect(page.getByRole('combobox', { name: 'Code service' }).inputValue()).resolves.toBe('FIN-01');

    await page.getByRole('button', { name: 'Ajouter depuis le catalogue' }).click();
    await expect.poll(() => focusedName(page)).toBe('Article du catalogue');
    await page.keyboard.type('pâtis');
    await page.getByRole('option', { name: /Atelier de pâtisserie/ }).click();
    await expect(textbox(page, 'Désignation, ligne 1').inputValue()).resolves.toBe('Atelier de pâtisserie');
    await expect(page.getByRole('textbox', { name: 'Désignation, ligne 2' }).count()).resolves.toBe(0);
    await expect.poll(() => focusedName(page)).toBe('Quantité, ligne 1');

    // Enter from the line adds line 2; Enter again on the still-empty line 2 adds nothing.
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Désignation, ligne 2');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Désignation, ligne 3' }).count()).resolves.toBe(0);
    await expect(focusedName(page)).resolves.toBe('Désignation, ligne 2');
    await page.locator('.totals-list dd.grand').getByText(formatEuros(4550)).waitFor();
    await screenshot(page, 'editor-catalogue-line');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the payment form starts again empty after a payment is recorded', async () => {
    const draft = valueOf(await e2e.app.core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    const invoice = valueOf(await e2e.app.core.invoke('invoices:issue', { id: draft.id }));
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/factures/${invoice.id}`);
    await expect.poll(() => textbox(page, 'Date du paiement').inputValue()).toBe('27/11/2026');
    await textbox(page, 'Montant reçu (€)').fill('36,50');
    await textbox(page, 'Note (facultative)').fill('Chèque n° 1234567');
    await page.getByRole('combobox', { name: 'Moyen de paiement' }).selectOption('cheque');
    await page.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await page.getByText('Paiement enregistré.', { exact: true }).waitFor();
    await page.getByText(`Reste dû : ${formatEuros(10000)}`).waitFor();
    // What was just recorded does not linger to be recorded twice: the note is gone, the amount is what is owed.
    await expect(textbox(page, 'Note (facultative)').inputValue()).resolves.toBe('');
    await expect(textbox(page, 'Montant reçu (€)').inputValue()).resolves.toBe('100,00');
    await expect(page.getByRole('combobox', { name: 'Moyen de paiement' }).inputValue()).resolves.toBe('transfer');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the invoice list fits 1366×768: the state column is whole, no sideways scrolling', async () => {
    const longName = valueOf(
      await e2e.app.core.invoke('customers:create', { customer: { ...townHall, legalName: 'Communauté d’agglomération du Grand Saumurois – Direction des finances et de la commande publique' } }),
    );
    const overdue = valueOf(await e2e.app.core.invoke('invoices:createDraft', { draft: draftFor(longName.id, { lines: [{ ...franchiseLine, quantity: '1000', unitPrice: '99999.99' }] }) }));
    const issued = valueOf(await e2e.app.core.invoke('invoices:issue', { id: overdue.id }));
    valueOf(await e2e.app.core.invoke('payments:record', { invoiceId: issued.id, paidOn: '2026-11-27', amountCents: 100, mode: 'transfer' }));
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/factures`);
    const stateHeader = page.getByRole('columnheader', { name: 'État' });
    await stateHeader.waitFor();
    await page.getByText('Payée en partie').first().waitFor();
    await screenshot(page, 'invoice-list-1366');

    // A string, not a function: the test project compiles without the DOM library.
    const sizes = await page.evaluate<{ scroll: number; client: number }>(
      `(() => { const wrap = document.querySelector('.table-wrap'); return { scroll: wrap.scrollWidth, client: wrap.clientWidth }; })()`,
    );
    expect(sizes.scroll, 'the table scrolls sideways').toBeLessThanOrEqual(sizes.client);
    const box = await stateHeader.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(SHOP_PC_VIEWPORT.width);
    for (const badge of await page.locator('.invoice-table .badge').all()) {
      const badgeBox = await badge.boundingBox();
      expect(badgeBox && badgeBox.x + badgeBox.width).toBeLessThanOrEqual(SHOP_PC_VIEWPORT.width - 16);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
