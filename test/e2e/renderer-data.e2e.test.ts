import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/services/clock';
import { microEntrepreneur, townHall, valueOf } from '../support/invoicing-setup';
import { openPage, useSharedE2eApp } from './e2e-helpers';

/**
 * The renderer's data layer (TanStack Query): what a screen shows follows the core's `data:changed`
 * events and the page's own writes, with no reload. Before it, a list read once stayed as it was.
 */
describe('screens follow what changes, without a reload', () => {
  const e2e = useSharedE2eApp({ clock: fixedClock('2026-11-27T09:00:00Z') });
  beforeAll(async () => {
    valueOf(await e2e.app.core.invoke('company:save', microEntrepreneur));
  });

  it('a customer created elsewhere (another window, the core) appears in the open list', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/clients`);
    await page.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
    await page.getByText('Aucun résultat').waitFor();
    // The other window: a second page of the same app, and the core itself (as background work would).
    const other = await openPage(e2e.browser, `${e2e.app.host.url}#/catalogue`);
    await other.page.getByRole('heading', { level: 1, name: 'Catalogue' }).waitFor();
    valueOf(await e2e.app.core.invoke('customers:create', { customer: townHall }));
    await page.getByRole('link', { name: 'Mairie de Beaufort-en-Anjou' }).waitFor();

    await other.page.getByRole('link', { name: 'Nouvel article' }).click();
    await other.page.getByRole('textbox', { name: 'Désignation' }).fill('Atelier de pâtisserie');
    await other.page.getByRole('textbox', { name: 'Prix unitaire HT (€)' }).fill('45,50');
    await other.page.getByRole('button', { name: 'Enregistrer l’article' }).click();
    await other.page.getByRole('heading', { level: 1, name: 'Catalogue' }).waitFor();
    await other.page.getByRole('link', { name: 'Atelier de pâtisserie' }).waitFor();
    expect(errors).toEqual([]);
    expect(other.errors).toEqual([]);
    await other.page.close();
    await page.close();
  });

  it('a saved customer shows its new name in the list, and its archiving moves it out', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/clients`);
    await page.getByRole('link', { name: 'Mairie de Beaufort-en-Anjou' }).click();
    await page.getByRole('heading', { level: 1, name: 'Client : Mairie de Beaufort-en-Anjou' }).waitFor();
    await page.getByRole('textbox', { name: 'Nom du client' }).fill('Commune de Beaufort-en-Anjou');
    await page.getByRole('button', { name: 'Enregistrer le client' }).click();
    // The page's own write refetches its title and the list it came from.
    await page.getByRole('heading', { level: 1, name: 'Client : Commune de Beaufort-en-Anjou' }).waitFor();
    await page.getByRole('link', { name: 'Retour à la liste' }).click();
    await page.getByRole('link', { name: 'Commune de Beaufort-en-Anjou' }).waitFor();

    // Row actions are a menu (react-aria-components): Enter opens it on its first item, arrows move.
    await page.getByRole('button', { name: 'Actions pour Commune de Beaufort-en-Anjou' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Archiver' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText('Client archivé.').waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Commune de Beaufort-en-Anjou' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
