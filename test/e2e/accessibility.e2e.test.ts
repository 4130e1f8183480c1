import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/services/clock';
import { focusedName, openPage, screenshot, seriousViolations, useSharedE2eApp } from './e2e-helpers';

const CLOCK = fixedClock('2026-11-27T09:00:00Z');

/** Checks one screen with axe-core once its main heading is there, and keeps a picture of it. */
async function checkScreen(page: Page, heading: string, artifact: string): Promise<void> {
  await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
  // Polled with page.evaluate: waitForFunction would compile the string in the page, which our CSP forbids.
  await expect.poll(() => page.evaluate(`!document.querySelector('[aria-busy="true"]') && !document.body.textContent.includes('Chargement…')`)).toBe(true);
  await screenshot(page, `a11y-${artifact}`);
  expect(await seriousViolations(page), `${artifact} : violations graves`).toEqual([]);
}

// Each test scans several screens with axe-core: slower than one page, hence a longer limit.
describe('every screen passes axe-core and works with the keyboard', { timeout: 90_000 }, () => {
  const e2e = useSharedE2eApp({ clock: CLOCK });

  it('before anything is filled in: the calendar invites to step 1, the wizard steps and their errors', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/calendrier`);
    await page.getByText('répondez d’abord aux quatre questions').waitFor();
    await checkScreen(page, 'Calendrier', 'calendrier-vide');

    await page.getByRole('link', { name: 'Décrire mon activité' }).click();
    await checkScreen(page, 'Votre activité', 'assistant-1');
    // An incomplete answer: errors are announced and focus goes to the first one.
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await page.getByText('Choisissez votre forme juridique.').waitFor();
    await expect(focusedName(page)).resolves.toBe('Micro-entrepreneur (auto-entrepreneur)');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('corrigez les champs signalés');
    await checkScreen(page, 'Votre activité', 'assistant-1-erreurs');

    await page.keyboard.press('Space');
    await page.getByRole('radio', { name: 'Je facture la TVA' }).check();
    await page.getByRole('checkbox', { name: 'Des entreprises' }).check();
    await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
    await checkScreen(page, 'Votre calendrier', 'assistant-2');
    await page.getByRole('button', { name: 'Continuer', exact: true }).click();
    await checkScreen(page, 'Votre compte Chorus Pro', 'assistant-3');
    await page.getByRole('button', { name: 'Passer', exact: true }).click();
    await checkScreen(page, 'Votre entreprise', 'assistant-4');

    // The company form: an empty save puts focus on the first error, with its message linked.
    await page.getByRole('button', { name: 'Enregistrer et terminer' }).click();
    await page.getByText('La raison sociale est obligatoire.').waitFor();
    // An empty SIRET says it is missing (not « ne doit contenir que des chiffres »).
    await page.getByText('Le SIRET est obligatoire : ses 14 chiffres figurent sur votre avis de situation INSEE').waitFor();
    await expect(focusedName(page)).resolves.toContain('Raison sociale');
    const describedBy = await page.getByRole('textbox', { name: 'Raison sociale', exact: true }).getAttribute('aria-describedby');
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toBe('La raison sociale est obligatoire.');
    await checkScreen(page, 'Votre entreprise', 'assistant-4-erreurs');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Accueil, Calendrier, Clients, Factures, Envois and Réglages', async () => {
    await e2e.app.core.invoke('onboarding:complete', {});
    const { page, errors } = await openPage(e2e.browser, e2e.app.host.url);
    await checkScreen(page, 'Accueil', 'accueil');
    // This business sells to companies only: no Chorus Pro checklist on its home page.
    expect(await page.getByTestId('home-card-setup').count()).toBe(0);
    for (const [link, heading, artifact] of [
      ['Calendrier', 'Calendrier', 'calendrier'],
      ['Clients', 'Clients', 'clients'],
      ['Factures', 'Factures', 'factures'],
      ['Envois', 'Envois', 'envois'],
      ['Réglages', 'Réglages', 'reglages'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: link, exact: true }).click();
      await checkScreen(page, heading, artifact);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the confirmation dialog: Escape cancels, Enter confirms, focus is trapped inside', async () => {
    await e2e.app.core.invoke('chorusConnection:save', { environment: 'qualification', pisteClientId: 'id', technicalLogin: '', technicalPassword: 'Mdp!Dialogue-1' });
    const { page } = await openPage(e2e.browser, `${e2e.app.host.url}#/reglages?section=chorus-pro`);
    const status = page.getByTestId('secret-technicalPassword');
    await status.getByText('enregistré', { exact: true }).waitFor();
    const forget = page.getByRole('button', { name: 'Effacer le mot de passe du compte technique' });

    await forget.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Effacer ce secret ?' });
    await dialog.waitFor();
    await expect(focusedName(page)).resolves.toBe('Effacer');
    await screenshot(page, 'a11y-dialogue');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect(status.textContent()).resolves.toBe('enregistré');
    await expect(focusedName(page)).resolves.toBe('Effacer le mot de passe du compte technique');

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate('Boolean(document.activeElement && document.activeElement.closest("[role=dialog]"))')).resolves.toBe(true);
    await expect(focusedName(page)).resolves.toBe('Effacer');
    await page.keyboard.press('Enter');
    await status.getByText('non enregistré', { exact: true }).waitFor();
    expect(await e2e.app.core.invoke('chorusConnection:get', {})).toMatchObject({ ok: true, value: { hasTechnicalPassword: false } });
    await page.close();
  });
});
