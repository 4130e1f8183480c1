import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/services/clock';
import type { RunningApp } from '../support/app-host';
import { filesContaining } from '../support/scan-files';
import { focusedName, openPage, screenshot, seriousViolations, useE2eSession } from './e2e-helpers';

const CLOCK = fixedClock('2026-11-27T09:00:00Z');
const CLIENT_SECRET = 'Piste-Secret-e2e-4b9f1c77';
const PASSWORD = 'Technique!Mdp-e2e-2026';

const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const stepCard = (page: Page, id: string) => page.getByTestId(`setup-step-${id}`);

describe('a micro-entrepreneur selling to the town hall starts Facturier for the first time', () => {
  const e2e = useE2eSession();
  let app: RunningApp | null = null;

  it('goes through the wizard, keyboard only for step 1, and lands on the home page', async () => {
    app = await e2e.start({ clock: CLOCK });
    const { page, errors } = await openPage(e2e.browser, app.host.url);

    // First start: the wizard opens by itself on step 1, focus on the step's heading.
    await page.getByRole('heading', { level: 1, name: 'Assistant de démarrage' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Votre activité' }).waitFor();
    await expect(page.getByText('Étape 1 sur 4').isVisible()).resolves.toBe(true);
    await screenshot(page, 'wizard-1-activite');

    // Step 1 with the keyboard alone.
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toContain('Nombre de salariés');
    await expect(textbox(page, 'Nombre de salariés').inputValue()).resolves.toBe('0');
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe('Micro-entrepreneur (auto-entrepreneur)');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe('Franchise en base de TVA');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toContain('Des acheteurs publics');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe('Enregistrer et continuer');
    await page.keyboard.press('Enter');

    // Step 2: the calendar, in plain French.
    await page.getByRole('heading', { level: 2, name: 'Votre calendrier' }).waitFor();
    const headline = page.getByTestId('calendar-headline');
    await expect(headline.textContent()).resolves.toContain('La facturation électronique via Chorus Pro est obligatoire pour vous depuis le 1er janvier 2020.');
    await expect(headline.textContent()).resolves.toContain('une micro-entreprise (moins de 10 salariés)');
    await expect(headline.textContent()).resolves.toContain('27 novembre 2026');
    await expect(page.getByTestId('calendar-entry-b2b-reception').textContent()).resolves.toContain('1er septembre 2026');
    await screenshot(page, 'wizard-2-calendrier');
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();

    // Step 3: the Chorus Pro checklist.
    await page.getByRole('heading', { level: 2, name: 'Votre compte Chorus Pro' }).waitFor();
    // The portal comes first (no technical account needed); this user chooses the API, all eight steps.
    await expect(page.getByRole('radio', { name: /Dépôt sur le portail Chorus Pro, guidé par Facturier/ }).isChecked()).resolves.toBe(true);
    const portalSteps = await page.getByTestId('setup-progress').textContent();
    await page.getByRole('radio', { name: /Envoi automatique par Facturier \(API\)/ }).check();
    await expect(page.getByRole('radio', { name: /Envoi automatique par Facturier \(API\)/ }).isChecked()).resolves.toBe(true);
    await page.getByTestId('setup-progress').getByText('0 étape faite sur 8').waitFor();
    expect(portalSteps).not.toContain('sur 8');
    const portal = stepCard(page, 'portal-user-account');
    await portal.getByRole('button', { name: 'C’est fait' }).click();
    await portal.locator('button[aria-pressed="true"]', { hasText: 'C’est fait' }).waitFor();
    await stepCard(page, 'structure').getByRole('button', { name: 'Plus tard' }).click();
    await page.getByTestId('setup-progress').getByText('1 étape faite sur 8').waitFor();
    await stepCard(page, 'structure').getByTestId('setup-step-status').getByText('Plus tard', { exact: true }).waitFor();
    const technical = stepCard(page, 'technical-account');
    await expect(technical.textContent()).resolves.toContain('ne s’affiche qu’une seule fois');
    const link = portal.getByRole('link', { name: /Ouvrir chorus-pro\.gouv\.fr/ });
    await expect(link.getAttribute('href')).resolves.toBe('https://chorus-pro.gouv.fr');
    await expect(link.getAttribute('target')).resolves.toBe('_blank');
    await expect(link.getAttribute('rel')).resolves.toBe('noreferrer');
    await screenshot(page, 'wizard-3-chorus-pro');
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();

    // Step 4: the company profile, pre-filled from step 1.
    await page.getByRole('heading', { level: 2, name: 'Votre entreprise' }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Forme juridique' }).inputValue()).resolves.toBe('micro-entrepreneur');
    await expect(page.getByRole('checkbox', { name: /Franchise en base de TVA/ }).isChecked()).resolves.toBe(true);
    await textbox(page, 'Raison sociale').fill('Claire Martin Formation');
    await textbox(page, 'SIRET').fill('732 829 320 00074');
    await textbox(page, 'Adresse').fill('3 place de la Mairie');
    await textbox(page, 'Code postal').fill('49250');
    await textbox(page, 'Ville').fill('Beaufort-en-Anjou');
    await textbox(page, 'IBAN').fill('FR76 3000 6000 0112 3456 7890 189');
    // What the first invoice will need is asked here: « EI » in the name, the registration.
    await page.getByText('Ajoutez « EI » ou « Entrepreneur individuel » à votre nom (par exemple « Claire Martin Formation EI »)').waitFor();
    await page.getByRole('button', { name: 'Enregistrer et terminer' }).click();
    await expect.poll(() => focusedName(page)).toContain('Raison sociale');
    await expect(textbox(page, 'Raison sociale').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.getByText('Indiquez votre immatriculation : RCS, RM, ou « Dispensé d’immatriculation »').first().waitFor();
    expect(await app.core.invoke('company:get', {})).toMatchObject({ ok: true, value: null });
    await screenshot(page, 'wizard-4-entreprise-a-completer');
    await page.getByRole('button', { name: 'Ajouter « EI » à mon nom' }).click();
    await expect(textbox(page, 'Raison sociale').inputValue()).resolves.toBe('Claire Martin Formation EI');
    await page.getByRole('combobox', { name: 'Immatriculation' }).selectOption({ label: 'Dispensé d’immatriculation' });
    await screenshot(page, 'wizard-4-entreprise');
    await page.getByRole('button', { name: 'Enregistrer et terminer' }).click();

    // The home page shows what is left.
    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
    await expect(page.getByTestId('home-card-setup').textContent()).resolves.toContain('1 étape faite sur 8');
    await expect(page.getByTestId('home-card-setup').textContent()).resolves.toContain('Prochaine étape : Créer votre compte PISTE.');
    // Selling only to public buyers, nothing is ahead until a technical password gives a renewal date.
    await expect(page.getByTestId('home-card-dates').textContent()).resolves.toContain('Aucune échéance à venir');
    await expect(page.getByTestId('home-card-company').textContent()).resolves.toContain('Claire Martin Formation EI');
    expect(await page.getByTestId('home-card-business').count()).toBe(0);
    await screenshot(page, 'accueil');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await app.core.invoke('company:get', {})).toMatchObject({ ok: true, value: { legalForm: 'micro-entrepreneur', vatFranchise: true, iban: 'FR7630006000011234567890189', registration: { kind: 'exempt' } } });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('remembers the checklist after a restart and does not reopen the wizard', async () => {
    app = await e2e.start({ clock: CLOCK });
    const { page } = await openPage(e2e.browser, app.host.url);
    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
    await expect(page.getByTestId('home-card-setup').textContent()).resolves.toContain('1 étape faite sur 8');
    await page.getByRole('link', { name: 'Continuer la configuration' }).click();
    await page.getByRole('heading', { level: 2, name: 'Votre compte Chorus Pro' }).waitFor();
    await expect(stepCard(page, 'portal-user-account').getByRole('button', { name: 'C’est fait' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(stepCard(page, 'structure').getByRole('button', { name: 'Plus tard' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(stepCard(page, 'piste-account').getByTestId('setup-step-status').textContent()).resolves.toBe('À faire');
    await page.close();
  });

  it('saves the Chorus Pro secrets from Réglages without ever showing or storing them in clear', async () => {
    app = await e2e.start({ clock: CLOCK });
    const { page, ipcBodies } = await openPage(e2e.browser, `${app.host.url}#/reglages?section=chorus-pro`);
    await page.getByRole('heading', { level: 1, name: 'Réglages' }).waitFor();
    await page.getByText('fichier chiffré sur ce PC').waitFor();
    await expect(page.getByTestId('secret-pisteClientSecret').textContent()).resolves.toBe('non enregistré');
    await page.getByRole('radio', { name: 'Production' }).check();
    await textbox(page, 'Identifiant client PISTE (Client ID)').fill('client-id-e2e');
    await page.getByLabel('Secret client PISTE', { exact: true }).fill(CLIENT_SECRET);
    await textbox(page, 'Identifiant du compte technique').fill('TECH_1_claire@cpro.fr');
    await page.getByLabel('Mot de passe du compte technique', { exact: true }).fill(PASSWORD);
    await expect(page.getByLabel('Mot de passe du compte technique', { exact: true }).getAttribute('type')).resolves.toBe('password');
    await page.getByRole('button', { name: 'Enregistrer la connexion' }).click();

    await page.getByText('Connexion à Chorus Pro enregistrée.').waitFor();
    await expect(page.getByTestId('secret-pisteClientSecret').textContent()).resolves.toBe('enregistré');
    await expect(page.getByTestId('secret-technicalPassword').textContent()).resolves.toBe('enregistré');
    await expect(page.getByLabel('Secret client PISTE', { exact: true }).inputValue()).resolves.toBe('');
    await expect(page.getByLabel('Mot de passe du compte technique', { exact: true }).inputValue()).resolves.toBe('');
    await expect(page.getByTestId('password-renewal').textContent()).resolves.toContain('valable jusqu’au 24 janvier 2028');
    await screenshot(page, 'reglages');

    // Reload: the page, every IPC answer and every file of the data folder are free of the secrets.
    await page.reload();
    await page.getByTestId('secret-technicalPassword').getByText('enregistré').waitFor();
    await page.goto(`${app.host.origin}#/calendrier`);
    await page.getByRole('heading', { level: 1, name: 'Calendrier' }).waitFor();
    await page.getByText('Mot de passe du compte technique Chorus Pro').waitFor();
    await page.goto(`${app.host.origin}#/reglages`);
    await page.getByTestId('secret-technicalPassword').waitFor();
    const html = await page.content();
    expect(ipcBodies.length).toBeGreaterThan(5);
    for (const secret of [CLIENT_SECRET, PASSWORD]) {
      expect(html).not.toContain(secret);
      expect(ipcBodies.filter((body) => body.includes(secret))).toEqual([]);
    }
    app.core.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(filesContaining(e2e.dataDir, CLIENT_SECRET)).toEqual([]);
    expect(filesContaining(e2e.dataDir, PASSWORD)).toEqual([]);
    // The scan can fail: what is stored in clear is found.
    expect(filesContaining(e2e.dataDir, 'TECH_1_claire@cpro.fr').length).toBeGreaterThan(0);
    await page.close();
  });

  it('shows the full calendar, and the restart button reopens the wizard with the answers kept', async () => {
    app = await e2e.start({ clock: CLOCK });
    const { page } = await openPage(e2e.browser, `${app.host.url}#/calendrier`);
    await page.getByRole('heading', { level: 1, name: 'Calendrier' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Factures aux acheteurs publics (Chorus Pro)' }).waitFor();
    await expect(page.getByRole('heading', { level: 2, name: /Réforme de la facturation électronique/ }).isVisible()).resolves.toBe(true);
    const b2g2020 = page.getByTestId('calendar-entry-b2g-micro');
    await expect(b2g2020.textContent()).resolves.toContain('En vigueur');
    await expect(page.getByTestId('calendar-entry-b2g-ge').textContent()).resolves.toContain('Ne vous concerne pas');
    await screenshot(page, 'calendrier');

    // The technical password saved in the previous test now gives the home page a date.
    await page.getByRole('link', { name: 'Accueil', exact: true }).click();
    await expect(page.getByTestId('home-card-dates').textContent()).resolves.toContain('24/01/2028'); // the last day the password works (issue 8: one day everywhere)

    await page.getByRole('link', { name: 'Réglages', exact: true }).click();
    await page.getByRole('button', { name: 'Relancer l’assistant de démarrage' }).click();
    await page.getByRole('heading', { level: 2, name: 'Votre activité' }).waitFor();
    await expect(page.getByRole('radio', { name: 'Micro-entrepreneur (auto-entrepreneur)' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /Des acheteurs publics/ }).isChecked()).resolves.toBe(true);
    await page.close();
  });
});
