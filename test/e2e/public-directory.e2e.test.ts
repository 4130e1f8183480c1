import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/services/clock';
import { microEntrepreneur, valueOf } from '../support/invoicing-setup';
import { fixture } from '../support/public-directory/directory-files';
import { openPage, screenshot, seriousViolations, useSharedE2eApp } from './e2e-helpers';

const CLOCK = fixedClock('2026-11-27T09:00:00Z');
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const SLOW = 120_000;

describe('a public customer from the directory, as a shop owner would add one', () => {
  const e2e = useSharedE2eApp({ clock: CLOCK });
  beforeAll(async () => {
    valueOf(await e2e.app.core.invoke('company:save', microEntrepreneur));
  });

  it('imports the directory in Réglages, with its report', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/reglages?section=annuaire`);
    const section = page.getByTestId('directory-settings');
    await section.getByText('Importez l’annuaire de Chorus Pro pour retrouver vos acheteurs publics', { exact: false }).waitFor();
    await section.getByText('Aucun annuaire importé pour l’instant.').waitFor();
    await page.getByLabel('Importer un fichier d’annuaire').setInputFiles(fixture('annuaire-windows-1252.csv'));
    await section.getByText('Annuaire importé : 4 structures.').waitFor({ timeout: 20_000 });
    await section.getByText('Importé le 27/11/2026').waitFor();
    await section.getByText('Source : fichier « annuaire-windows-1252.csv »').waitFor();
    await section.getByText('4 structures, 4 services', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'annuaire-reglages');
    expect(errors).toEqual([]);
  }, SLOW);

  it('« Ajouter un client public »: types, picks with the keyboard, gets the form filled, saves', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/clients`);
    await page.getByRole('link', { name: 'Ajouter un client public' }).click();
    await heading(page, 'Ajouter un client public depuis l’annuaire').waitFor();
    const search = page.getByRole('combobox', { name: 'Rechercher une structure publique' });
    await search.pressSequentially('beaufort anjou', { delay: 20 });
    const option = page.getByRole('option', { name: /Commune de Beaufort-en-Anjou/ });
    await option.waitFor();
    await expect(option.textContent()).resolves.toContain('214 900 219 00012');
    await expect(option.textContent()).resolves.toContain('code service exigé');
    await page.getByRole('option', { name: /CCAS de Beaufort-en-Anjou/ }).waitFor();
    await screenshot(page, 'annuaire-recherche');
    // A word more, and the commune comes first: chosen with the keyboard alone.
    await search.pressSequentially(' commune', { delay: 20 });
    await expect.poll(async () => page.getByRole('option').count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');

    await page.getByText('Fiche remplie depuis l’annuaire : vérifiez-la puis enregistrez.').waitFor();
    await expect(textbox(page, 'Nom du client').inputValue()).resolves.toBe('Commune de Beaufort-en-Anjou');
    await expect(textbox(page, 'SIRET').inputValue()).resolves.toBe('214 900 219 00012');
    await expect(textbox(page, 'Adresse').inputValue()).resolves.toBe('2 place Jeanne de Laval');
    await expect(textbox(page, 'Code postal').inputValue()).resolves.toBe('49250');
    await expect(page.getByRole('checkbox', { name: 'Code service obligatoire' }).isChecked()).resolves.toBe(true);
    await expect(textbox(page, 'Code du service 1').inputValue()).resolves.toBe('FIN-01');
    await expect(textbox(page, 'Code du service 2').inputValue()).resolves.toBe('ECOLE');
    // Checked with the list closed: while it is open, react-aria hides the rest of the page from screen readers
    // (as a modal would), which axe reports as aria-hidden-focus.
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Enregistrer le client' }).click();
    await heading(page, 'Client : Commune de Beaufort-en-Anjou').waitFor();

    const [customer] = valueOf(await e2e.app.core.invoke('customers:search', {})).rows;
    expect(customer).toMatchObject({
      kind: 'public',
      siret: '21490021900012',
      address: { line1: '2 place Jeanne de Laval', postcode: '49250', city: 'Beaufort-en-Anjou', countryCode: 'FR' },
      chorus: {
        serviceCodeRequired: true,
        engagementRequired: false,
        serviceOrEngagementRequired: false,
        services: [
          { code: 'FIN-01', name: 'Service des finances', active: true },
          { code: 'ECOLE', name: 'École et périscolaire', active: false },
        ],
      },
    });

    // Its only open service is the invoice's service code, ready.
    await page.getByRole('link', { name: 'Nouvelle facture pour ce client' }).click();
    await heading(page, 'Nouvelle facture').waitFor();
    await expect(page.getByLabel('Code service', { exact: true }).inputValue()).resolves.toBe('FIN-01');
    expect(errors).toEqual([]);
  }, SLOW);

  it('the invoice’s customer picker searches every customer and offers the directory', async () => {
    for (let i = 1; i <= 201; i++) {
      valueOf(await e2e.app.core.invoke('customers:create', {
        customer: { kind: 'private', legalName: `Client ${String(i).padStart(3, '0')}`, address: { line1: `${i} rue Haute`, postcode: '49000', city: 'Angers', countryCode: 'FR' } },
      }));
    }
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/factures/nouvelle`);
    await heading(page, 'Nouvelle facture').waitFor();
    const picker = page.getByRole('combobox', { name: 'Client' });
    // Customer 201 (the 202nd), beyond the old list's 200, is found by typing.
    await picker.pressSequentially('Client 201', { delay: 20 });
    await page.getByRole('option', { name: /Client 201/ }).click();
    await expect(picker.inputValue()).resolves.toBe('Client 201');
    // Another one, with its single open service filled in.
    await picker.fill('');
    await picker.pressSequentially('beaufort', { delay: 20 });
    await page.getByRole('option', { name: /Commune de Beaufort-en-Anjou/ }).click();
    await expect(page.getByLabel('Code service', { exact: true }).inputValue()).resolves.toBe('FIN-01');
    expect(await seriousViolations(page)).toEqual([]);
    // And the way to a new public customer.
    await picker.fill('');
    await picker.pressSequentially('zzz', { delay: 20 });
    await page.getByRole('option', { name: 'Nouveau client public depuis l’annuaire…' }).click();
    await heading(page, 'Ajouter un client public depuis l’annuaire').waitFor();
    expect(errors).toEqual([]);
  }, SLOW);
});
