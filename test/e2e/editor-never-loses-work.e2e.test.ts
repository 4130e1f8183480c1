import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/services/clock';
import type { RunningApp } from '../support/app-host';
import { microEntrepreneur, townHall, valueOf } from '../support/invoicing-setup';
import { focusedName, openPage, screenshot, useE2eSession } from './e2e-helpers';

const CLOCK = fixedClock('2026-11-27T09:00:00Z');
const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const autosave = (page: Page) => page.getByTestId('autosave');

/** The draft's current text as the backend has it (what a restart or another computer would see). */
async function savedDraft(app: RunningApp, id: number) {
  return valueOf(await app.core.invoke('invoices:get', { id })).draft;
}

/** The id in the editor's URL (#/factures/12), once the first save has created the draft. */
async function draftIdOf(page: Page): Promise<number> {
  await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/#\/factures\/\d+$/);
  return Number(/(\d+)$/.exec(page.url())?.[1]);
}

async function waitSaved(page: Page): Promise<void> {
  await expect.poll(() => autosave(page).getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
}

describe('an editor that never loses work (1366×768)', () => {
  const e2e = useE2eSession();

  it('saves by itself while typing, keeps the editor and focus when the draft gets its number, and a reload loses nothing', async () => {
    const app = await e2e.start({ clock: CLOCK });
    valueOf(await app.core.invoke('company:save', microEntrepreneur));
    valueOf(await app.core.invoke('customers:create', { customer: townHall }));
    const { page, errors } = await openPage(e2e.browser, `${app.host.url}#/factures/nouvelle`);
    await page.getByRole('heading', { level: 1, name: 'Nouvelle facture' }).waitFor();

    // The customer is a combo box: typed, then chosen; its only active service fills the code.
    await page.getByRole('combobox', { name: 'Client' }).fill('Beaufort');
    await page.getByRole('option', { name: /Mairie de Beaufort-en-Anjou/ }).click();
    await expect.poll(() => page.getByRole('combobox', { name: 'Code service' }).inputValue()).toBe('FIN-01');

    await textbox(page, 'Désignation, ligne 1').click();
    await page.keyboard.type('Atelier de pâtisserie');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('45,50');
    // No click on « Enregistrer »: the first pause creates the draft, the title and URL follow, focus stays.
    const id = await draftIdOf(page);
    await page.getByRole('heading', { level: 1, name: `Facture (brouillon n° ${id})` }).waitFor();
    await expect(focusedName(page)).resolves.toBe('Prix unitaire HT (€), ligne 1');
    await page.keyboard.type('0');
    await waitSaved(page);
    expect((await savedDraft(app, id))?.lines?.[0]).toMatchObject({ description: 'Atelier de pâtisserie', quantity: '3', unitPrice: '45.5' });
    expect((await savedDraft(app, id))?.serviceCode).toBe('FIN-01');
    await screenshot(page, 'editor-autosaved');

    await page.reload();
    await expect.poll(() => textbox(page, 'Désignation, ligne 1').inputValue()).toBe('Atelier de pâtisserie');
    await expect(textbox(page, 'Prix unitaire HT (€), ligne 1').inputValue()).resolves.toBe('45,50');
    expect(await page.getByTestId('restored-notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('goes on while the backend restarts: « Hors ligne », edits kept here; the new link brings them back and saves them', async () => {
    const app = await e2e.start({ clock: CLOCK });
    const [customer] = valueOf(await app.core.invoke('customers:search', {})).rows;
    const draft = valueOf(await app.core.invoke('invoices:createDraft', { draft: { customerId: customer!.id, issueDate: '2026-11-27', lines: [] } }));
    const { page } = await openPage(e2e.browser, `${app.host.url}#/factures/${draft.id}`);
    await page.getByRole('heading', { level: 1, name: `Facture (brouillon n° ${draft.id})` }).waitFor();
    await expect(page.getByTestId('online-indicator').textContent()).resolves.toBe('En ligne');

    await textbox(page, 'Note imprimée sur la facture').fill('Première partie');
    await waitSaved(page);
    await app.stop();
    // Typing goes on while nothing answers.
    await textbox(page, 'Note imprimée sur la facture').press('End');
    await page.keyboard.type(', tapée pendant le redémarrage');
    await expect.poll(() => page.getByTestId('online-indicator').textContent(), { timeout: 15_000 }).toContain('Hors ligne');
    await expect.poll(() => autosave(page).getAttribute('data-state'), { timeout: 15_000 }).toBe('offline');
    await autosave(page).getByText('gardées sur cet ordinateur').waitFor();
    await screenshot(page, 'editor-offline');

    // Restarted where the tab expects it, it knows no session (issue 8): the tab says to open the new link.
    const again = await e2e.start({ clock: CLOCK, port: app.host.port });
    await page.getByTestId('session-lost').waitFor({ timeout: 15_000 });
    await page.goto(`${again.host.url}#/factures/${draft.id}`);
    await page.getByTestId('restored-notice').waitFor();
    await expect(textbox(page, 'Note imprimée sur la facture').inputValue()).resolves.toBe('Première partie, tapée pendant le redémarrage');
    await waitSaved(page);
    expect((await savedDraft(again, draft.id))?.note).toBe('Première partie, tapée pendant le redémarrage');
    await page.close();
  });

  it('leaving the page right after typing loses nothing', async () => {
    const app = await e2e.start({ clock: CLOCK });
    const [draft] = valueOf(await app.core.invoke('invoices:list', { status: 'draft' })).rows;
    const { page, errors } = await openPage(e2e.browser, `${app.host.url}#/factures/${draft!.id}`);
    await textbox(page, 'Numéro d’engagement').fill('EJ-2026-42');
    // At once, before the pause that would save it: off to the list.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Factures', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Factures' }).waitFor();
    await expect.poll(async () => (await savedDraft(app, draft!.id))?.engagementNumber).toBe('EJ-2026-42');
    expect(errors).toEqual([]);
    await page.close();
  });
});
