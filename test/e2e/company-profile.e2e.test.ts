import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningApp } from '../support/app-host';
import { useE2eSession } from './e2e-helpers';

/** A form field by its accessible name, as a screen reader announces it. */
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

const ARTIFACTS = resolve(__dirname, '../artifacts');

describe('a new user fills in the company profile', () => {
  const e2e = useE2eSession();
  let app: RunningApp | null = null;

  async function openApp(): Promise<Page> {
    app = await e2e.start();
    const page = await e2e.browser.newPage({ locale: 'fr-FR' });
    page.setDefaultTimeout(8_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
    await page.goto(app.host.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // First start opens the wizard by itself; this test is about the profile in Réglages, so it leaves it.
    if (await page.getByRole('heading', { level: 1, name: 'Assistant de démarrage' }).isVisible()) {
      await page.getByRole('button', { name: 'Quitter l’assistant' }).click();
      await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
      // Then a fresh load, so the keyboard check below starts from the top of the page as before.
      await page.goto(app.host.url);
    }
    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
    expect(errors, 'erreurs dans la page').toEqual([]);
    return page;
  }

  it('sees the French shell, is refused a wrong SIRET, saves a right one', async () => {
    const page = await openApp();
    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    for (const label of ['Accueil', 'Calendrier', 'Clients', 'Factures', 'Envois', 'Réglages']) {
      await expect(nav.getByRole('link', { name: label, exact: true }).isVisible()).resolves.toBe(true);
    }
    await expect(page.getByTestId('sync-indicator').textContent()).resolves.toMatch(/^Facturier répond · Chorus Pro : dépôt sur le portail/);
    await expect(page.getByText('Commencez par renseigner votre entreprise').isVisible()).resolves.toBe(true);

    // The keyboard alone: the first Tab reaches the skip link.
    await page.keyboard.press('Tab');
    await expect(page.evaluate('document.activeElement && document.activeElement.textContent')).resolves.toBe('Aller au contenu');

    await page.getByRole('link', { name: 'Renseigner mon entreprise' }).click();
    await page.getByRole('heading', { level: 1, name: 'Réglages' }).waitFor();
    await field(page, 'Raison sociale').fill('Boulangerie Martin & Fils');
    await field(page, 'SIRET').fill('732 829 320 00075');
    await field(page, 'Adresse').fill('12 rue de l’Église');
    await field(page, 'Code postal').fill('49250');
    await field(page, 'Ville').fill('Beaufort-en-Anjou');
    await page.getByRole('button', { name: 'Enregistrer le profil' }).click();

    await page.getByText('Ce SIRET n’existe pas : sa clé de contrôle est fausse. Vérifiez chaque chiffre.').waitFor();
    await expect(field(page, 'SIRET').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('n’a pas été enregistré');
    expect(await app!.core.invoke('company:get', {})).toEqual({ ok: true, value: null });

    await field(page, 'SIRET').fill('732 829 320 00074');
    await page.keyboard.press('Enter');
    await page.getByText('Profil de l’entreprise enregistré.').waitFor();
    const stored = await app!.core.invoke('company:get', {});
    expect(stored).toMatchObject({ ok: true, value: { legalName: 'Boulangerie Martin & Fils', siret: '73282932000074', city: 'Beaufort-en-Anjou' } });

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: resolve(ARTIFACTS, 'shell-company-profile.png'), fullPage: true });
    await page.close();
  });

  it('finds the profile again after a restart on the same data folder', async () => {
    const page = await openApp();
    await page.getByText('Votre entreprise : Boulangerie Martin & Fils, SIRET 732 829 320 00074.').waitFor();
    await page.getByRole('link', { name: 'Réglages', exact: true }).click();
    await expect(field(page, 'Raison sociale').inputValue()).resolves.toBe('Boulangerie Martin & Fils');
    await expect(field(page, 'SIRET').inputValue()).resolves.toBe('732 829 320 00074');
    await expect(field(page, 'Adresse').inputValue()).resolves.toBe('12 rue de l’Église');
    await page.close();
  });
});
