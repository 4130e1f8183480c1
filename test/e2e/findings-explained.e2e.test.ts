import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/services/clock';
import type { InvoiceDraftInput } from '@shared/invoicing/draft';
import { formatEuros } from '@shared/money/euros';
import { franchiseLine, microEntrepreneur, townHall, valueOf } from '../support/invoicing-setup';
import { openPage, screenshot, seriousViolations, useSharedE2eApp } from './e2e-helpers';

const textbox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
/** zod's own words: none may reach the screen. */
const SCHEMA_WORDS = /Entrée invalide|attendu, .* reçu|Trop (grand|petit) :|Option invalide/;

describe('findings and fields that explain themselves', () => {
  const e2e = useSharedE2eApp({ clock: fixedClock('2026-11-27T09:00:00Z') });
  let draftId = 0;

  beforeAll(async () => {
    // Saved in Réglages without a registration (allowed there): the first invoice will need one.
    const { registration: _none, ...withoutRegistration } = microEntrepreneur;
    valueOf(await e2e.app.core.invoke('company:save', withoutRegistration));
    const customer = valueOf(await e2e.app.core.invoke('customers:create', { customer: townHall }));
    const lines: InvoiceDraftInput['lines'] = [franchiseLine, { ...franchiseLine, unitPrice: '12.5.5' }, { ...franchiseLine, description: '' }];
    draftId = valueOf(await e2e.app.core.invoke('invoices:createDraft', { draft: { customerId: customer.id, issueDate: '2026-11-27', serviceCode: 'FIN-01', lines } })).id;
  });

  it('names the field and the line of every finding, in French, never in the schema’s words', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/factures/${draftId}`);
    const panel = page.getByRole('region', { name: 'Avant d’émettre' });
    await panel.getByText('Votre entreprise (Réglages) : l’immatriculation (RCS, RM ou dispense) est obligatoire.').waitFor();
    await panel.getByText('Ligne 3 : la désignation est obligatoire.').waitFor();
    // The price typed « 12.5.5 »: the line and the field named, with a French example.
    await panel.getByText(/Ligne 2 : le prix unitaire HT doit être un nombre positif .*\(ex\.\s:\s12,5\)\.$/).waitFor();
    expect(await page.locator('body').textContent()).not.toMatch(SCHEMA_WORDS);
    await screenshot(page, 'findings-explained');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stops typing at the limit and says so at the field; reads « 1.234,56 » as meant and flags « 1.234 »', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/factures/${draftId}`);
    const code = page.getByRole('combobox', { name: 'Code service' });
    await code.fill('');
    await code.focus();
    await page.keyboard.type('S'.repeat(105));
    await expect(code.inputValue()).resolves.toHaveLength(100);
    await page.getByText('Limite atteinte : 100 caractères au plus.').waitFor();

    await textbox(page, 'Prix unitaire HT (€), ligne 2').fill('1.234,56');
    await textbox(page, 'Désignation, ligne 3').fill('Fournitures');
    await textbox(page, 'Prix unitaire HT (€), ligne 3').fill('10');
    // 3 × 45,50 + 3 × 1 234,56 + 3 × 10 (franchise: no VAT).
    await page.locator('.totals-list dd.grand').getByText(formatEuros(13650 + 370368 + 3000)).waitFor();

    await textbox(page, 'Prix unitaire HT (€), ligne 2').fill('1.234');
    await page.getByText('« 1.234 » se lit de deux façons').waitFor();
    await expect(textbox(page, 'Prix unitaire HT (€), ligne 2').getAttribute('aria-invalid')).resolves.toBe('true');
    // No total rather than a wrong one.
    await page.getByTestId('totals-incomplete').getByText('la ligne 2').waitFor();
    expect(await page.locator('.totals-list dd.grand').count()).toBe(0);
    await screenshot(page, 'editor-number-flagged');
    expect(errors).toEqual([]);
    await page.close();
  });
});
