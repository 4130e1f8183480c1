import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from '../support/pdf/pdf-tools';
import { setUpSeller, draftFor, valueOf } from '../support/invoicing-setup';
import { movableClock } from '../support/sending-setup';
import { openPage, screenshot, seriousViolations, useE2eSession } from './e2e-helpers';

const session = useE2eSession();

describe('the guided deposit on the Chorus Pro portal, in Chromium', () => {
  it('copies each value, saves the file, records the deposit, reminds after the delay, records the statuses by hand', async () => {
    const clock = movableClock('2026-11-27T10:00:00Z');
    const app = await session.start({ clock });
    const { customerId } = await setUpSeller(app.core);
    // Past the first-start wizard: Accueil is the page to come back to.
    valueOf(await app.core.invoke('onboarding:complete', {}));
    const { id } = valueOf(await app.core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    valueOf(await app.core.invoke('invoices:issue', { id }));

    const { page, errors } = await openPage(session.browser, `${app.host.url}#/factures/${id}`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.host.url).origin });
    // The portal itself is out of reach here: its page is answered by the test.
    await page.context().route('https://**/*', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Chorus Pro</title>' }));
    const section = page.getByTestId('sending-section');
    await section.getByRole('button', { name: 'Déposer sur le portail Chorus Pro' }).click();
    const guide = page.getByTestId('portal-guide');
    await guide.waitFor();

    const expected: Array<[string, string]> = [
      ['SIRET du destinataire', '21490021900012'],
      ['Code service', 'FIN-01'],
      ['N° de facture', 'F-2026-0001'],
      ['Date de facture', '27/11/2026'],
      ['Date d’échéance', '27/12/2026'],
      ['Montant HT', '136,50'],
      ['Montant TVA', '0,00'],
      ['Montant TTC', '136,50'],
      ['Cadre de facturation', 'A1'],
    ];
    for (const [label, value] of expected) {
      await guide.getByRole('button', { name: `Copier ${label}`, exact: true }).click();
      await expect(page.evaluate<string>('navigator.clipboard.readText()')).resolves.toBe(value);
    }

    // The plain PDF for a unit deposit, as stored at issue: the portal reads the SIRET and the number on it.
    await guide.getByText('Dépôt d’une facture à l’unité, mode « PDF »').waitFor();
    const unit = page.waitForEvent('download');
    await guide.getByRole('button', { name: 'Enregistrer le PDF à déposer' }).click();
    expect((await unit).suggestedFilename()).toBe('F-2026-0001-portail.pdf');
    const unitPath = await (await unit).path();
    const stored = Buffer.from(valueOf(await app.core.invoke('sending:portalFile', { invoiceId: id })).base64, 'base64');
    expect(readFileSync(unitPath).equals(stored)).toBe(true);
    expect(extractText(unitPath)[0]).toMatch(/SIRET du destinataire : 21490021900012/);

    const download = page.waitForEvent('download');
    await guide.getByRole('button', { name: 'Enregistrer le Factur-X' }).click();
    expect((await download).suggestedFilename()).toBe('F-2026-0001.pdf');

    const popup = page.waitForEvent('popup');
    await guide.getByRole('button', { name: 'Ouvrir le portail Chorus Pro' }).click();
    expect((await popup).url()).toMatch(/^https:\/\/(qualif|portail)\.chorus-pro\.gouv\.fr\//);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'portail-guide');

    await guide.getByRole('textbox', { name: 'Numéro affiché par le portail (facultatif)' }).fill('CPP-4521');
    await guide.getByRole('button', { name: 'J’ai déposé' }).click();
    await section.getByText('Déposée sur le portail le 27/11/2026, numéro CPP-4521.').waitFor();

    // Fifteen days without news: the next time the app is opened, Accueil reminds to check the portal.
    clock.addDays(14);
    await page.goto(`${app.host.url}#/`);
    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
    await page.getByTestId('home-card-sending-waiting').waitFor();
    await expect(page.getByTestId('home-card-sending-reminders').count()).resolves.toBe(0);
    clock.addDays(1);
    await page.reload();
    const reminder = page.getByTestId('home-card-sending-reminders');
    await reminder.waitFor();
    await expect(reminder.textContent()).resolves.toContain('F-2026-0001 (Mairie de Beaufort-en-Anjou), déposée le 27/11/2026 : vérifiez son statut sur le portail.');

    await reminder.getByRole('link').click();
    const form = page.getByRole('form', { name: 'Noter ce que le portail affiche' });
    await form.getByRole('combobox', { name: 'Statut' }).selectOption({ label: 'Suspendue' });
    await form.getByRole('textbox', { name: 'Commentaire (motif affiché par le portail)' }).fill('Joindre le bon de livraison');
    await form.getByRole('button', { name: 'Enregistrer le statut' }).click();
    await page.getByTestId('sending-action').getByText('Suspendue : complétez').waitFor();
    await expect(page.getByTestId('sending-action').textContent()).resolves.toContain('Sur le portail Chorus Pro');
    await form.getByRole('combobox', { name: 'Statut' }).selectOption({ label: 'Mise en paiement' });
    await form.getByRole('button', { name: 'Enregistrer le statut' }).click();
    const timeline = page.getByTestId('sending-timeline');
    await timeline.getByText('Mise en paiement').waitFor();
    await expect(timeline.textContent()).resolves.toContain('Joindre le bon de livraison');
    await screenshot(page, 'portail-statuts');

    await page.getByRole('link', { name: 'Accueil', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor();
    await expect(page.getByTestId('home-card-sending-reminders').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
