import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/services/clock';
import { draftFor, setUpSeller, valueOf } from '../support/invoicing-setup';
import { openPage, screenshot, seriousViolations, useSharedE2eApp } from './e2e-helpers';

const CLOCK = fixedClock('2026-11-27T10:00:00Z');

/** Nothing still loading or checking on the page (polled: the CSP forbids waitForFunction's string). */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(`!document.querySelector('[aria-busy="true"]') && !document.body.textContent.includes('Chargement…')`)).toBe(true);
}

describe('Réglages › Registre des pièces', () => {
  const e2e = useSharedE2eApp({ clock: CLOCK });

  beforeAll(async () => {
    const { customerId } = await setUpSeller(e2e.app.core);
    for (let i = 0; i < 2; i++) {
      const { id } = valueOf(await e2e.app.core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
      valueOf(await e2e.app.core.invoke('invoices:issue', { id }));
    }
  });

  it('verifies the record, then names every piece and field changed behind the app’s back', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/reglages?section=registre`);
    const section = page.getByRole('region', { name: 'Registre des pièces' });
    await section.getByTestId('chain-head').getByText(/Dernière entrée du journal : n° 8, empreinte/).waitFor();
    // The next number, as issuing would give it, beside the pattern.
    await page.getByText('Prochain numéro : F-2026-0003').waitFor();

    await section.getByRole('button', { name: 'Vérifier le registre' }).click();
    // The counts the core itself reports: 2 invoices with their files (PDF, CII, UBL, the portal's PDF).
    const checked = valueOf(await e2e.app.core.invoke('journal:verify', {}));
    expect(checked).toMatchObject({ isIntact: true, checkedEvents: 8 });
    await section.getByText(new RegExp(`^Registre intact : 8 entrées du journal et ${checked.checkedPieces} pièces, paiements et fichiers vérifiés\\.$`)).waitFor();

    e2e.app.core.db.exec('DROP TRIGGER invoices_no_update; DROP TRIGGER invoice_balances_derived');
    e2e.app.core.db.prepare("UPDATE invoices SET total_cents = 1 WHERE number = 'F-2026-0001'").run();
    e2e.app.core.db.prepare("UPDATE invoice_balances SET remaining_cents = 0 WHERE invoice_id = 2").run();
    await section.getByRole('button', { name: 'Vérifier le registre' }).click();
    const result = section.getByTestId('record-result');
    await result.getByText('Registre altéré : 2 anomalies trouvées.').waitFor();
    await expect(result.getByRole('listitem').allTextContents()).resolves.toEqual([
      'Facture F-2026-0001 (champ total_cents) : La colonne total_cents vaut 1 alors que la pièce émise dit 13650.',
      'Solde de la facture F-2026-0002 (champ remaining_cents) : La colonne remaining_cents vaut 0 alors que les paiements, avoirs et la facture donnent 13650.',
    ]);
    await expect(result.getAttribute('role')).resolves.toBe('alert');
    await settled(page);
    await screenshot(page, 'settings-record-altered');
    expect(await seriousViolations(page), 'Réglages, registre : violations graves').toEqual([]);
    expect(errors).toEqual([]);
  });
});
