import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/services/clock';
import { formatEuros } from '@shared/money/euros';
import { draftFor, microEntrepreneur, setUpSeller, valueOf } from '../support/invoicing-setup';
import { focusedName, openPage, screenshot, seriousViolations, useSharedE2eApp } from './e2e-helpers';

const CLOCK = fixedClock('2026-11-27T09:00:00Z');

/** axe-core on one screen once its heading is there and nothing is loading; a picture is kept. */
async function checkScreen(page: Page, heading: string, artifact: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
  // Polled with page.evaluate: waitForFunction would compile the string in the page, which our CSP forbids.
  await expect.poll(() => page.evaluate(`!document.querySelector('[aria-busy="true"]') && !document.body.textContent.includes('Chargement…')`)).toBe(true);
  await screenshot(page, `a11y-invoicing-${artifact}`);
  expect(await seriousViolations(page), `${artifact} : violations graves`).toEqual([]);
}

describe('the invoicing screens pass axe-core', () => {
  const e2e = useSharedE2eApp({ clock: CLOCK });
  let draftId = 0;
  let issuedId = 0;
  let customerId = 0;

  beforeAll(async () => {
    ({ customerId } = await setUpSeller(e2e.app.core));
    expect(microEntrepreneur.vatFranchise).toBe(true);
    valueOf(await e2e.app.core.invoke('catalogue:create', { item: { designation: 'Atelier de pâtisserie', description: 'Deux heures, dix enfants', unitCode: 'HUR', unitPrice: '45.5', vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' } }));
    const issued = valueOf(await e2e.app.core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    issuedId = valueOf(await e2e.app.core.invoke('invoices:issue', { id: issued.id })).id;
    valueOf(await e2e.app.core.invoke('payments:record', { invoiceId: issuedId, paidOn: '2026-11-27', amountCents: 5000, mode: 'transfer' }));
    draftId = valueOf(await e2e.app.core.invoke('invoices:createDraft', { draft: draftFor(customerId, { serviceCode: '' }) })).id;
  });

  it('Clients, the client form (with its errors), Catalogue and its form', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/clients`);
    await checkScreen(page, 'Clients', 'clients');
    await page.getByRole('link', { name: 'Nouveau client' }).click();
    await checkScreen(page, 'Nouveau client', 'client-nouveau');
    await page.getByRole('button', { name: 'Enregistrer le client' }).click();
    await page.getByText('Le nom du client est obligatoire.').waitFor();
    await expect.poll(() => focusedName(page)).toContain('Nom du client');
    await checkScreen(page, 'Nouveau client', 'client-erreurs');
    await page.goto(`${e2e.app.host.url}#/clients/${customerId}`);
    await checkScreen(page, 'Client : Mairie de Beaufort-en-Anjou', 'client-fiche');

    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Catalogue', exact: true }).click();
    await checkScreen(page, 'Catalogue', 'catalogue');
    await page.getByRole('link', { name: 'Nouvel article' }).click();
    await checkScreen(page, 'Nouvel article', 'article');
    // Franchise en base: the VAT menu starts on the franchise.
    await expect(page.getByRole('combobox', { name: 'TVA' }).inputValue()).resolves.toBe('VATEX-FR-FRANCHISE');
    await page.getByRole('textbox', { name: 'Prix unitaire HT (€)' }).fill('12,3x');
    await page.getByRole('button', { name: 'Enregistrer l’article' }).click();
    await page.getByText('Écrivez un nombre comme 12,5 ou 1 234,56').waitFor();
    await checkScreen(page, 'Nouvel article', 'article-erreurs');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Factures, the editor with findings, the confirmation dialog and the detail', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/factures`);
    await page.getByRole('link', { name: 'F-2026-0001' }).waitFor();
    await checkScreen(page, 'Factures', 'factures');

    await page.goto(`${e2e.app.host.url}#/factures/${draftId}`);
    await page.locator('.finding', { hasText: 'code service' }).waitFor();
    await checkScreen(page, `Facture (brouillon n° ${draftId})`, 'editeur');
    await page.getByRole('button', { name: 'Ajouter depuis le catalogue' }).click();
    await expect.poll(() => focusedName(page)).toBe('Article du catalogue');
    // A combo box: the arrow opens the list on its first item, Enter takes it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Désignation, ligne 2' }).waitFor();
    await expect(page.getByRole('textbox', { name: 'Désignation, ligne 2' }).inputValue()).resolves.toContain('Atelier de pâtisserie');

    // Issuing with a blocking point: refused, focus on the findings.
    await page.getByRole('button', { name: 'Émettre…' }).click();
    await page.getByText('Émission impossible').waitFor();
    await expect.poll(() => focusedName(page)).toBe('Avant d’émettre');
    await page.getByRole('combobox', { name: 'Code service' }).fill('FIN-01');
    await page.getByRole('button', { name: 'Émettre…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Émettre cette facture ?' });
    await dialog.waitFor();
    expect(await seriousViolations(page), 'dialogue : violations graves').toEqual([]);
    // Focus stays inside; Escape cancels and nothing is issued.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate('Boolean(document.activeElement && document.activeElement.closest("[role=dialog]"))')).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(valueOf(await e2e.app.core.invoke('invoices:get', { id: draftId })).status).toBe('draft');

    await page.goto(`${e2e.app.host.url}#/factures/${issuedId}`);
    await checkScreen(page, 'Facture F-2026-0001', 'detail');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the home page shows the invoice cards, each linking to its filtered list', async () => {
    // Past the first start, so the home page does not open the wizard.
    valueOf(await e2e.app.core.invoke('onboarding:complete', {}));
    const { page, errors } = await openPage(e2e.browser, e2e.app.host.url);
    const unpaid = page.getByTestId('home-card-invoice-unpaid');
    await unpaid.getByText(`1 facture(s) émise(s) non payée(s), ${formatEuros(8650)} au total.`).waitFor();
    await page.getByTestId('home-card-invoice-drafts').getByText('1 brouillon(s) en cours.').waitFor();
    await expect(page.getByTestId('home-card-invoice-overdue').count()).resolves.toBe(0);
    await checkScreen(page, 'Accueil', 'accueil');
    await unpaid.getByRole('link', { name: 'Voir les factures non payées' }).click();
    await page.getByRole('heading', { level: 1, name: 'Factures' }).waitFor();
    await expect(page.getByRole('combobox', { name: 'État' }).inputValue()).resolves.toBe('unpaid');
    await page.getByRole('link', { name: 'F-2026-0001' }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
