import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/services/clock';
import { formatEuros } from '@shared/money/euros';
import { microEntrepreneur, valueOf } from '../support/invoicing-setup';
import { focusedName, openPage, screenshot, seriousViolations, useSharedE2eApp } from './e2e-helpers';

const CLOCK = fixedClock('2026-11-27T09:00:00Z');

const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const grandTotal = (page: Page) => page.locator('.totals-list dd.grand');

describe('a company customer by its SIREN, a global discount and an acompte, with the keyboard', () => {
  const e2e = useSharedE2eApp({ clock: CLOCK });

  beforeAll(async () => {
    valueOf(await e2e.app.core.invoke('company:save', microEntrepreneur));
  });

  it('checks the SIREN live, then drafts with a discount and an acompte the totals follow', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/clients/nouveau`);
    await heading(page, 'Nouveau client').waitFor();
    // The SIREN field is for private customers only: a public buyer has its SIRET.
    await expect(textbox(page, 'SIREN').count()).resolves.toBe(0);
    await page.getByRole('radio', { name: /Privé/ }).check();
    await textbox(page, 'Nom du client').fill('Menuiserie Leroux SARL');
    await textbox(page, 'SIREN').fill('732 829 321');
    await page.getByText('Ce SIREN n’existe pas').waitFor();
    await expect(textbox(page, 'SIREN').getAttribute('aria-invalid')).resolves.toBe('true');
    await textbox(page, 'SIREN').fill('732 829 320');
    await page.getByText('SIREN valide.').waitFor();
    await textbox(page, 'Adresse').fill('18 rue Nationale');
    await textbox(page, 'Code postal').fill('37000');
    await textbox(page, 'Ville').fill('Tours');
    await page.getByRole('button', { name: 'Enregistrer le client' }).click();
    await heading(page, 'Client : Menuiserie Leroux SARL').waitFor();
    const [customer] = valueOf(await e2e.app.core.invoke('customers:search', {})).rows;
    expect(customer).toMatchObject({ kind: 'private', siren: '732829320' });
    expect(customer?.siret).toBeUndefined();

    await page.getByRole('link', { name: 'Nouvelle facture pour ce client' }).click();
    await heading(page, 'Nouvelle facture').waitFor();
    await textbox(page, 'Désignation, ligne 1').focus();
    await page.keyboard.type('Pose de parquet');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('45,50');
    await grandTotal(page).getByText(formatEuros(13650)).waitFor();

    // A global discount: the button, then motive, amount and VAT by Tab; the franchise is preselected.
    await page.getByRole('button', { name: 'Ajouter une remise' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Motif, remise 1');
    await page.keyboard.type('Remise fidélité');
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe('Montant HT (€), remise 1');
    await page.keyboard.type('10,00');
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe('TVA, remise 1');
    await expect(page.getByRole('combobox', { name: 'TVA, remise 1' }).inputValue()).resolves.toBe('VATEX-FR-FRANCHISE');
    await grandTotal(page).getByText(formatEuros(12650)).waitFor();
    await page.locator('.totals-list').getByText('Remises globales').waitFor();

    // The acompte, further on: the remove and add buttons, the charges, the operation and the down payments.
    for (const stop of ['Supprimer la remise 1', 'Ajouter une remise', 'Ajouter des frais', 'Nature de l’opération', 'Livraison ou intervention à une autre adresse que celle du client', 'Facture d’acompte']) {
      await page.keyboard.press('Tab');
      await expect(focusedName(page)).resolves.toContain(stop);
    }
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe('Acompte déjà versé (€)');
    await page.keyboard.type('500,00');
    await page.keyboard.press('Tab');
    await expect(focusedName(page)).resolves.toBe('Moyen de paiement');
    await page.getByRole('combobox', { name: 'Moyen de paiement' }).selectOption({ label: 'Chèque' });

    // An acompte above the total: the finding links to the acompte input.
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    const finding = page.locator('.finding', { hasText: 'déjà payé dépasse' });
    await finding.waitFor();
    await finding.getByRole('button', { name: 'Aller au champ' }).click();
    await expect.poll(() => focusedName(page)).toBe('Acompte déjà versé (€)');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('50,00');
    await page.locator('.totals-list dd').getByText(formatEuros(7650)).waitFor();

    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await page.getByText('Brouillon enregistré.').waitFor();
    await expect(page.locator('.finding', { hasText: 'déjà payé dépasse' }).count()).resolves.toBe(0);
    const draft = valueOf(await e2e.app.core.invoke('invoices:list', { status: 'draft' })).rows[0];
    const detail = valueOf(await e2e.app.core.invoke('invoices:get', { id: draft!.id }));
    expect(detail.draft).toMatchObject({
      allowances: [{ reason: 'Remise fidélité', amountCents: 1000, vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' }],
      prepaidCents: 5000,
      paymentMeansCode: '20',
    });
    expect(detail.totals?.totals).toMatchObject({ grandTotal: 12650, dueAmount: 7650 });

    // Reopened, the editor shows what was saved; axe finds nothing serious with the new sections filled.
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Montant HT (€), remise 1', exact: true }).inputValue()).toBe('10,00');
    await expect(textbox(page, 'Acompte déjà versé (€)').inputValue()).resolves.toBe('50,00');
    await expect.poll(() => page.evaluate(`!document.querySelector('[aria-busy="true"]')`)).toBe(true);
    await screenshot(page, 'invoicing-editor-discount-prepaid');
    expect(await seriousViolations(page)).toEqual([]);

    // Removing the discount puts the focus back on the add button and the total back to 136,50.
    await page.getByRole('button', { name: 'Supprimer la remise 1' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Ajouter une remise');
    await grandTotal(page).getByText(formatEuros(13650)).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
