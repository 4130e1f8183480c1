import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/services/clock';
import { startApp, type RunningApp } from '../support/app-host';
import { recordsOf, shopWithHistory } from '../support/backup-setup';
import { valueOf } from '../support/invoicing-setup';
import { makeTempDir } from '../support/temp-dir';
import { downloaded, focusedName, openPage, screenshot, seriousViolations, useE2eSession } from './e2e-helpers';

const CLOCK = fixedClock('2026-11-27T09:00:00Z');
const CLIENT_SECRET = 'Piste-Secret-sauvegarde-5c1e';
const PASSWORD = 'Technique!Mdp-sauvegarde-2026';
const PASSPHRASE = 'cle USB du magasin 2026';

const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** Réglages › Sauvegardes, on a page already signed in. */
async function openBackups(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Réglages', exact: true }).click();
  await page.getByRole('link', { name: 'Sauvegardes', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Sauvegardes' }).waitFor();
}

/** Restores `file` through the page: choose it, confirm in the dialog, wait for the task's last word. */
async function restoreThroughPage(page: Page, file: string): Promise<string> {
  const section = page.getByTestId('backups-settings');
  await section.getByLabel('Fichier de sauvegarde à restaurer').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' });
  await dialog.waitFor();
  await expect(dialog.textContent()).resolves.toContain('gardées telles quelles en copie de sécurité');
  await expect(focusedName(page)).resolves.toBe('Restaurer');
  await page.keyboard.press('Enter');
  const status = page.getByTestId('backup-restore-status');
  await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/Restauration terminée|Rien n’a été modifié|n’a pas pu/);
  return (await status.textContent()) ?? '';
}

describe('Réglages › Sauvegardes in Chromium', () => {
  const e2e = useE2eSession();

  it('saves a backup with the secrets (passphrase typed twice), then restores it into a fresh data folder', async () => {
    const shop = await e2e.start({ clock: CLOCK });
    await shopWithHistory(shop.core);
    valueOf(await shop.core.invoke('chorusConnection:save', { environment: 'qualification', pisteClientId: 'client-sauvegarde', pisteClientSecret: CLIENT_SECRET, technicalLogin: 'TECH_1_sauvegarde@cpro.fr', technicalPassword: PASSWORD }));
    const before = await recordsOf(shop.core);

    const { page, errors } = await openPage(e2e.browser, shop.host.url);
    // No backup yet: Accueil says so and leads to the section (the wizard opened by itself first: leave it).
    await page.getByRole('heading', { level: 1, name: 'Assistant de démarrage' }).waitFor();
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Accueil', exact: true }).click();
    const card = page.getByTestId('home-card-backup');
    await expect(card.textContent()).resolves.toContain('Aucune sauvegarde vérifiée');
    await card.getByRole('link', { name: 'Sauvegarder dans Réglages' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sauvegardes' }).waitFor();
    await expect.poll(() => focusedName(page)).toBe('Sauvegardes');
    const section = page.getByTestId('backups-settings');
    await expect(section.getByTestId('backup-last-good').textContent()).resolves.toBe('Aucune sauvegarde vérifiée pour l’instant.');

    // With the secrets: the passphrase is asked twice, and two different ones are refused on the field.
    await section.getByRole('checkbox', { name: /Inclure les secrets Chorus Pro/ }).check();
    await textbox(page, 'Phrase de passe').fill(PASSPHRASE);
    await textbox(page, 'Phrase de passe, une seconde fois').fill(`${PASSPHRASE}!`);
    await section.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await section.getByText('Les deux phrases de passe sont différentes').waitFor();
    await expect.poll(() => focusedName(page)).toBe('Phrase de passe, une seconde fois');
    await textbox(page, 'Phrase de passe, une seconde fois').fill(PASSPHRASE);
    const backup = await downloaded(page, () => section.getByRole('button', { name: 'Sauvegarder maintenant' }).click());
    expect(backup.name).toBe('Facturier-sauvegarde-2026-11-27.sqlite');
    expect(backup.bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(backup.bytes.includes(Buffer.from(CLIENT_SECRET))).toBe(false);
    const saved = page.getByTestId('backup-save-status');
    await saved.getByText('Sauvegarde vérifiée du 27 novembre 2026, secrets chiffrés compris.').waitFor();
    await saved.getByText('Votre navigateur télécharge « Facturier-sauvegarde-2026-11-27.sqlite »').waitFor();
    // Once served, the manual backup counts: it is the last good one and is listed.
    await expect.poll(() => section.getByTestId('backup-last-good').textContent()).toContain('Dernière sauvegarde vérifiée : le 27/11/2026 10:00 (manuelle), 4 pièces émises.');
    await expect(section.getByTestId('backup-list').getByRole('row').nth(1).textContent()).resolves.toContain('Oui, chiffrés');
    await screenshot(page, 'sauvegardes-apres-sauvegarde');
    expect(await seriousViolations(page)).toEqual([]);
    const file = join(e2e.dataDir, 'sur-la-cle-usb.sqlite');
    writeFileSync(file, backup.bytes);
    expect(errors).toEqual([]);
    await page.close();
    await e2e.stop();

    // A new PC: a fresh data folder, nothing in it.
    const fresh = makeTempDir();
    let other: RunningApp | null = null;
    try {
      other = await startApp(fresh.path, { clock: CLOCK });
      const second = await openPage(e2e.browser, `${other.host.url}#/reglages?section=sauvegardes`);
      await second.page.getByRole('heading', { level: 2, name: 'Sauvegardes' }).waitFor();
      await textbox(second.page, 'Phrase de passe des secrets (facultatif)').fill(PASSPHRASE);
      const outcome = await restoreThroughPage(second.page, file);
      expect(outcome).toContain('Restauration terminée : 4 pièces émises, journal vérifié.');
      await screenshot(second.page, 'sauvegardes-apres-restauration');
      const after = await recordsOf(other.core);
      expect(after.chainHead).toBe(before.chainHead);
      expect(after.journal.isIntact).toBe(true);
      expect(after.details).toEqual(before.details);
      expect(after.files).toEqual(before.files);
      const chorus = valueOf(await other.core.invoke('chorusConnection:get', {}));
      expect(chorus).toMatchObject({ hasPisteClientSecret: true, hasTechnicalPassword: true, technicalLogin: 'TECH_1_sauvegarde@cpro.fr' });
      // The screens read the restored data at once: the invoices are listed without a reload.
      await second.page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Factures', exact: true }).click();
      await second.page.getByRole('link', { name: 'F-2026-0001' }).waitFor();
      await second.page.getByRole('link', { name: 'A-2026-0001' }).waitFor();
      expect(second.errors).toEqual([]);
      await second.page.close();
    } finally {
      await other?.stop();
      fresh.remove();
    }
  }, 180_000);

  it('refuses a damaged file in French and changes nothing', async () => {
    const shop = await e2e.start({ clock: CLOCK });
    const before = await recordsOf(shop.core);
    const damaged = join(e2e.dataDir, 'abimee.sqlite');
    // An SQLite header, then noise: what a half-copied file on a worn USB key looks like.
    writeFileSync(damaged, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(16_384, 0x5a)]));

    const { page, errors } = await openPage(e2e.browser, shop.host.url);
    await openBackups(page);
    const outcome = await restoreThroughPage(page, damaged);
    expect(outcome).toContain('Rien n’a été modifié.');
    expect(outcome).toMatch(/n’est pas une sauvegarde Facturier lisible|endommagé/);
    await expect(page.getByTestId('backup-restore-status').getByRole('alert').count()).resolves.toBe(1);
    await screenshot(page, 'sauvegardes-fichier-refuse');
    const after = await recordsOf(shop.core);
    expect(after.chainHead).toBe(before.chainHead);
    expect(after.details).toEqual(before.details);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('exports the technical log from Réglages', async () => {
    const shop = await e2e.start({ clock: CLOCK });
    const { page, errors } = await openPage(e2e.browser, `${shop.host.url}#/reglages?section=journal-technique`);
    await page.getByRole('heading', { level: 2, name: 'Journal technique' }).waitFor();
    const log = await downloaded(page, () => page.getByRole('button', { name: 'Exporter le journal technique' }).click());
    expect(log.name).toMatch(/journal/i);
    expect(log.bytes.length).toBeGreaterThan(0);
    await page.getByTestId('logs-export-status').getByText(/Votre navigateur télécharge/).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
