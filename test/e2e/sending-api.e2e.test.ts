import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freePort, startChorusSimulator, type ChorusSimulator } from '../support/chorus-simulator';
import { draftFor, setUpSeller, valueOf } from '../support/invoicing-setup';
import { openPage, screenshot, useE2eSession } from './e2e-helpers';

const session = useE2eSession();

/** Polls the row of « Envois » until it says `text` (the page refreshes itself on data:changed). */
async function waitForRowText(page: Page, number: string, text: string, timeoutMs: number): Promise<void> {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: number }) });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const content = (await row.textContent().catch(() => '')) ?? '';
    if (content.includes(text)) return;
    if (Date.now() > deadline) throw new Error(`« ${text} » attendu sur la ligne ${number}, lu : ${content}`);
    await page.waitForTimeout(250);
  }
}

describe('sending by the API, in Chromium', () => {
  it('an invoice issued offline waits in the queue, then is deposited and followed to « Mise en paiement » by itself', async () => {
    const port = await freePort();
    const endpoints = { tokenUrl: `http://127.0.0.1:${port}/api/oauth/token`, apiBase: `http://127.0.0.1:${port}/cpro/` };
    const app = await session.start({
      isStarted: true,
      core: {
        chorusEndpoints: { qualification: endpoints },
        sender: { offlineProbeMs: 300, pendingIntervalMs: 1_000, fluxPollMs: 300, pollScale: 1 / 100_000, settleMs: 3_000 },
      },
    });
    let simulator: ChorusSimulator | null = null;
    try {
      valueOf(await app.core.invoke('chorusConnection:save', { environment: 'qualification', pisteClientId: 'facturier-demonstration', pisteClientSecret: 'demonstration-sans-secret', technicalLogin: 'TECH_1_demonstration@cpro.fr', technicalPassword: 'Demonstration-2026' }));
      const { customerId } = await setUpSeller(app.core);
      const { id } = valueOf(await app.core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
      valueOf(await app.core.invoke('invoices:issue', { id }));

      const { page, errors } = await openPage(session.browser, `${app.host.url}#/factures/${id}`);
      const section = page.getByTestId('sending-section');
      await section.getByRole('button', { name: 'Envoyer à Chorus Pro' }).click();
      await expect(section.getByRole('status').first().textContent()).resolves.toBeDefined();
      await page.getByRole('link', { name: 'Envois', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Envois' }).waitFor();
      await waitForRowText(page, 'F-2026-0001', 'En file d’envoi', 10_000);
      await waitForRowText(page, 'F-2026-0001', 'injoignable', 10_000);
      await expect(page.getByTestId('sync-indicator').textContent()).resolves.toContain('Chorus Pro injoignable');
      await screenshot(page, 'envois-hors-ligne');

      // Chorus Pro comes back: nothing is touched any more.
      simulator = await startChorusSimulator({ port, integrationDelayMs: 200, timeScale: 1 / 100_000 });
      await waitForRowText(page, 'F-2026-0001', 'Mise en paiement', 60_000);
      await expect(page.getByTestId('sync-indicator').textContent()).resolves.toContain('Chorus Pro joignable');
      expect(simulator.inspect.depositsOf('F-2026-0001')).toHaveLength(1);
      await screenshot(page, 'envois-mise-en-paiement');

      await page.getByRole('link', { name: 'F-2026-0001' }).click();
      const timeline = page.getByTestId('sending-timeline');
      await timeline.waitFor();
      const text = (await timeline.textContent()) ?? '';
      for (const label of ['En file d’envoi', 'Déposée, en cours d’intégration', 'Intégrée par Chorus Pro', 'Mise à disposition de l’acheteur', 'Mandatée', 'Mise en paiement']) expect(text).toContain(label);
      expect(errors).toEqual([]);
    } finally {
      await simulator?.stop();
    }
  }, 180_000);
});
