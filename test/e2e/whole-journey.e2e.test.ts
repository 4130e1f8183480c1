import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freePort, startChorusSimulator, type ChorusSimulator } from '../support/chorus-simulator';
import { formatShortDate } from '@shared/dates/french-dates';
import { formatEuros } from '@shared/money/euros';
import { startApp, type RunningApp } from '../support/app-host';
import { recordsOf } from '../support/backup-setup';
import { valueOf } from '../support/invoicing-setup';
import { detachFirst } from '../support/pdf/pdf-tools';
import { makeTempDir } from '../support/temp-dir';
import { formatReport, validateFacturXXml } from '../support/validation';
import { downloaded, openPage, screenshot, seriousViolations, useE2eSession } from './e2e-helpers';

const PASSPHRASE = 'Beaufort, la clé USB du bureau';
const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const heading = (page: Page, name: string, level = 1) => page.getByRole('heading', { level, name, exact: true });
const goTo = async (page: Page, link: string, title: string) => {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: link, exact: true }).click();
  await heading(page, title).waitFor();
};
let shot = 0;
const step = (page: Page, name: string) => screenshot(page, `parcours-${String(++shot).padStart(2, '0')}-${name}`);

/**
 * Issue 13's whole journey, as a new user would go, in one Chromium session with a screenshot per step
 * (test/artifacts/parcours-*.png): first start, the wizard, a town hall customer, an invoice with its
 * service code, issued, its Factur-X valid for the official validators, sent through the API to the
 * Chorus Pro simulator (whose demo town hall pays), paid, in the receipts book, backed up, and restored
 * into a fresh data folder where everything is still there and the record verifies with the same head.
 */
describe('the whole journey of a micro-entrepreneur selling to a town hall', () => {
  const e2e = useE2eSession();

  it('goes from the first start to a restored, verified record on a new computer', async () => {
    const port = await freePort();
    const endpoints = { tokenUrl: `http://127.0.0.1:${port}/api/oauth/token`, apiBase: `http://127.0.0.1:${port}/cpro/` };
    let simulator: ChorusSimulator | null = await startChorusSimulator({ port, integrationDelayMs: 200, timeScale: 1 / 100_000 });
    let other: RunningApp | null = null;
    const fresh = makeTempDir();
    try {
      // The sender runs with a fast pace; the simulator's time runs 100 000 times faster than ours.
      const app = await e2e.start({
        isStarted: true,
        core: {
          chorusEndpoints: { qualification: endpoints },
          sender: { offlineProbeMs: 300, pendingIntervalMs: 1_000, fluxPollMs: 300, pollScale: 1 / 100_000, settleMs: 3_000 },
        },
      });
      // The sender follows real time, so the app runs on today's date: the first number is this year's.
      const today = valueOf(await app.core.invoke('app:info', {})).today;
      const number = `F-${today.slice(0, 4)}-0001`;
      const { page, errors } = await openPage(e2e.browser, app.host.url);

      // 1. First start: the wizard. A micro-entrepreneur under the VAT franchise who sells to a town hall.
      await heading(page, 'Assistant de démarrage').waitFor();
      await page.getByLabel('Micro-entrepreneur (auto-entrepreneur)').check();
      await page.getByLabel('Franchise en base de TVA').check();
      await page.getByLabel(/Des acheteurs publics/).check();
      await step(page, 'assistant-activite');
      await page.getByRole('button', { name: 'Enregistrer et continuer' }).click();
      await heading(page, 'Votre calendrier', 2).waitFor();
      await page.getByRole('button', { name: 'Continuer', exact: true }).click();
      await heading(page, 'Votre compte Chorus Pro', 2).waitFor();
      await page.getByRole('button', { name: 'Continuer', exact: true }).click();
      await heading(page, 'Votre entreprise', 2).waitFor();
      await textbox(page, 'Raison sociale').fill('Claire Martin Formation EI');
      await textbox(page, 'SIRET').fill('732 829 320 00074');
      await textbox(page, 'Adresse').fill('3 place de la Mairie');
      await textbox(page, 'Code postal').fill('49250');
      await textbox(page, 'Ville').fill('Beaufort-en-Anjou');
      await textbox(page, 'IBAN').fill('FR76 3000 6000 0112 3456 7890 189');
      await page.getByRole('combobox', { name: 'Immatriculation' }).selectOption({ label: 'Dispensé d’immatriculation' });
      await step(page, 'assistant-entreprise');
      await page.getByRole('button', { name: 'Enregistrer et terminer' }).click();
      await heading(page, 'Accueil').waitFor();
      await step(page, 'accueil');

      // 2. The Chorus Pro connection (the simulator's demonstration account), in Réglages.
      await page.goto(`${app.host.origin}#/reglages?section=chorus-pro`);
      await textbox(page, 'Identifiant client PISTE (Client ID)').fill('facturier-demonstration');
      await page.getByLabel('Secret client PISTE', { exact: true }).fill('demonstration-sans-secret');
      await textbox(page, 'Identifiant du compte technique').fill('TECH_1_demonstration@cpro.fr');
      await page.getByLabel('Mot de passe du compte technique', { exact: true }).fill('Demonstration-2026');
      await page.getByRole('button', { name: 'Enregistrer la connexion' }).click();
      await page.getByText('Connexion à Chorus Pro enregistrée.').waitFor();

      // 3. The town hall, with its service code.
      await goTo(page, 'Clients', 'Clients');
      await page.getByRole('link', { name: 'Nouveau client' }).click();
      await heading(page, 'Nouveau client').waitFor();
      await textbox(page, 'Nom du client').fill('Mairie de Beaufort-en-Anjou');
      await textbox(page, 'SIRET').fill('214 900 219 00012');
      await textbox(page, 'Adresse').fill('2 place Jeanne de Laval');
      await textbox(page, 'Code postal').fill('49250');
      await textbox(page, 'Ville').fill('Beaufort-en-Anjou');
      await page.getByRole('checkbox', { name: 'Code service obligatoire' }).check();
      await page.getByRole('button', { name: 'Ajouter un service' }).click();
      await textbox(page, 'Code du service 1').fill('FIN-01');
      await textbox(page, 'Nom du service 1').fill('Service finances');
      await page.getByRole('button', { name: 'Enregistrer le client' }).click();
      await heading(page, 'Client : Mairie de Beaufort-en-Anjou').waitFor();
      await step(page, 'client');

      // 4. The invoice, with the service code the customer requires; issued.
      await page.getByRole('link', { name: 'Nouvelle facture pour ce client' }).click();
      await heading(page, 'Nouvelle facture').waitFor();
      await expect(page.getByLabel('Code service', { exact: true }).inputValue()).resolves.toBe('FIN-01');
      await textbox(page, 'Date de facture').fill(formatShortDate(today));
      // The line with the keyboard, as the editor is made for: Tab from cell to cell.
      await textbox(page, 'Désignation, ligne 1').focus();
      await page.keyboard.type('Atelier de pâtisserie pour l’école');
      await page.keyboard.press('Tab');
      await page.keyboard.type('3');
      await page.keyboard.press('Tab');
      await page.keyboard.type('heure');
      await page.keyboard.press('Tab');
      await page.keyboard.type('45,50');
      await page.locator('.totals-list dd.grand').getByText(formatEuros(13_650)).waitFor();
      await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
      await page.getByRole('button', { name: 'Émettre…' }).click();
      await page.getByRole('dialog', { name: 'Émettre cette facture ?' }).waitFor();
      await page.keyboard.press('Enter');
      await heading(page, `Facture ${number}`).waitFor();
      await step(page, 'facture-emise');

      // 5. The Factur-X as the user gets it, opened, and valid for the official EN 16931 / Factur-X rules.
      const documents = page.getByRole('region', { name: 'Documents' });
      await documents.getByText('Conforme EN 16931', { exact: true }).waitFor();
      const pdf = await downloaded(page, () => documents.getByRole('button', { name: 'Ouvrir le PDF' }).click());
      expect(pdf.name).toBe(`${number}.pdf`);
      const pdfPath = join(fresh.path, `${number}.pdf`);
      writeFileSync(pdfPath, pdf.bytes);
      const embedded = detachFirst(pdfPath, fresh.path);
      expect(embedded.list).toContain('factur-x.xml');
      const report = await validateFacturXXml(embedded.content.toString('utf8'));
      expect(report.isValid, formatReport(report)).toBe(true);

      // 6. Sent through the API; the demo town hall's service FIN-01 pays: « Mise en paiement ».
      const section = page.getByTestId('sending-section');
      await section.getByRole('button', { name: 'Envoyer à Chorus Pro' }).click();
      await goTo(page, 'Envois', 'Envois');
      const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: number }) });
      await expect.poll(() => row.textContent(), { timeout: 90_000, interval: 250 }).toContain('Mise en paiement');
      expect(simulator.inspect.depositsOf(number)).toHaveLength(1);
      await step(page, 'envois-mise-en-paiement');

      // 7. The payment recorded.
      await page.getByRole('link', { name: number }).click();
      await heading(page, `Facture ${number}`).waitFor();
      await page.getByRole('button', { name: 'Marquer comme payée' }).click();
      await page.getByText('Facture marquée comme payée.').waitFor();
      await step(page, 'facture-payee');

      // 8. The receipts book shows it, and the turnover of the month counts it as services.
      await goTo(page, 'Exports', 'Exports');
      const book = page.getByTestId('receipts-book');
      await book.getByRole('cell', { name: number }).waitFor();
      await expect(book.locator('tbody tr').first().textContent()).resolves.toBe(
        `${formatShortDate(today)}Mairie de Beaufort-en-AnjouAtelier de pâtisserie pour l’école${formatEuros(13_650)}Virement${number}`,
      );
      await expect(page.getByTestId('turnover').textContent()).resolves.toContain(`Prestations de services${formatEuros(13_650)}`);
      await step(page, 'livre-des-recettes');

      // 9. « Sauvegarder maintenant », with the secrets, downloaded (a USB key, on a shop PC).
      await page.goto(`${app.host.origin}#/reglages?section=sauvegardes`);
      const backups = page.getByTestId('backups-settings');
      await backups.getByRole('checkbox', { name: /Inclure les secrets Chorus Pro/ }).check();
      await textbox(page, 'Phrase de passe').fill(PASSPHRASE);
      await textbox(page, 'Phrase de passe, une seconde fois').fill(PASSPHRASE);
      const backup = await downloaded(page, () => backups.getByRole('button', { name: 'Sauvegarder maintenant' }).click());
      await page.getByTestId('backup-save-status').getByText(/Sauvegarde vérifiée du .*, secrets chiffrés compris\./).waitFor();
      await step(page, 'sauvegarde');
      const usbKey = join(fresh.path, backup.name);
      writeFileSync(usbKey, backup.bytes);
      const before = await recordsOf(app.core);
      expect(errors).toEqual([]);
      await page.close();
      await e2e.stop();
      await simulator.stop();
      simulator = null;

      // 10. A new computer: a fresh data folder. The wizard opens; the user goes to Réglages and restores.
      other = await startApp(join(fresh.path, 'nouveau-pc'), {});
      const second = await openPage(e2e.browser, other.host.url);
      await heading(second.page, 'Assistant de démarrage').waitFor();
      await goTo(second.page, 'Réglages', 'Réglages');
      await second.page.getByRole('link', { name: 'Sauvegardes', exact: true }).click();
      await textbox(second.page, 'Phrase de passe des secrets (facultatif)').fill(PASSPHRASE);
      await second.page.getByLabel('Fichier de sauvegarde à restaurer').setInputFiles(usbKey);
      await second.page.getByRole('dialog', { name: 'Restaurer cette sauvegarde ?' }).waitFor();
      await second.page.keyboard.press('Enter');
      await second.page.getByTestId('backup-restore-status').getByText(/^Restauration terminée : 1 pièce émise, journal vérifié\./).waitFor({ timeout: 30_000 });
      await step(second.page, 'restauration');

      // 11. Everything is still there, and the record verifies with the same chain head.
      await second.page.getByRole('link', { name: 'Registre des pièces', exact: true }).click();
      await expect(second.page.getByTestId('chain-head').locator('code').getAttribute('title')).resolves.toBe(before.chainHead);
      await second.page.getByRole('button', { name: 'Vérifier le registre' }).click();
      await second.page.getByTestId('record-result').getByText(/^Registre intact/).waitFor();
      await goTo(second.page, 'Factures', 'Factures');
      await second.page.getByRole('link', { name: number }).click();
      await heading(second.page, `Facture ${number}`).waitFor();
      await second.page.locator('.page-head .badge', { hasText: 'Payée' }).waitFor();
      await second.page.getByTestId('sending-timeline').getByText('Mise en paiement').first().waitFor();
      await step(second.page, 'facture-restauree');
      await goTo(second.page, 'Exports', 'Exports');
      await second.page.getByTestId('receipts-book').getByRole('cell', { name: number }).waitFor();
      expect(await seriousViolations(second.page)).toEqual([]);

      const after = await recordsOf(other.core);
      expect(after.chainHead).toBe(before.chainHead);
      expect(after.journal).toMatchObject({ isIntact: true, findings: [] });
      expect(after.details).toEqual(before.details);
      expect(after.files).toEqual(before.files);
      expect(valueOf(await other.core.invoke('chorusConnection:get', {}))).toMatchObject({ hasPisteClientSecret: true, hasTechnicalPassword: true });
      expect(second.errors).toEqual([]);
      await second.page.close();
    } finally {
      await other?.stop();
      await simulator?.stop();
      fresh.remove();
    }
  }, 300_000);
});
