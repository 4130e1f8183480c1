import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/services/clock';
import { draftFor, setUpSeller, valueOf } from '../support/invoicing-setup';
import { focusedName, openPage, screenshot, seriousViolations, useSharedE2eApp } from './e2e-helpers';

// Not the machine's date: new drafts and payments must take the application's "today" (app:info).
const CLOCK = fixedClock('2026-12-02T09:00:00Z');
const DAY = '2026-12-02';

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await (download as Download).path();
  return { name: (download as Download).suggestedFilename(), bytes: await readFile(path) };
}

/** Nothing still loading or checking on the page (polled: the CSP forbids waitForFunction's string). */
async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(`!document.querySelector('[aria-busy="true"]') && !document.body.textContent.includes('Chargement…')`)).toBe(true);
}

describe('the files of an issued invoice', () => {
  const e2e = useSharedE2eApp({ clock: CLOCK });
  let draftId = 0;

  beforeAll(async () => {
    const { customerId } = await setUpSeller(e2e.app.core);
    // F-2026-0001 is taken already: the dialog must name the real next number, not the pattern's first.
    const first = valueOf(await e2e.app.core.invoke('invoices:createDraft', { draft: draftFor(customerId, { issueDate: DAY }) }));
    valueOf(await e2e.app.core.invoke('invoices:issue', { id: first.id }));
    draftId = valueOf(await e2e.app.core.invoke('invoices:createDraft', { draft: draftFor(customerId, { issueDate: DAY }) })).id;
  });

  it('names the next number, then shows the files, their check, and downloads them', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/factures/${draftId}`);
    await heading(page, `Facture (brouillon n° ${draftId})`).waitFor();
    await page.getByRole('button', { name: 'Émettre…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Émettre cette facture ?' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/irréversible : elle portera le numéro F-2026-0002,/);
    await page.keyboard.press('Enter');

    await heading(page, 'Facture F-2026-0002').waitFor();
    const documents = page.getByRole('region', { name: 'Documents' });
    await documents.getByText('Conforme EN 16931', { exact: true }).waitFor();
    await documents.getByText('Contrôles de Facturier avant émission : aucune erreur ; fichiers produits à nouveau à partir de la pièce figée, identiques octet par octet à ceux émis.').waitFor();
    await expect(documents.getByRole('alert').count()).resolves.toBe(0);
    const pdfRow = documents.getByRole('row', { name: /PDF Factur-X/ });
    await expect(pdfRow.textContent()).resolves.toMatch(/F-2026-0002\.pdf\d+\u00a0ko/);
    await settled(page);
    await screenshot(page, 'invoice-files-detail');
    expect(await seriousViolations(page), 'détail avec documents : violations graves').toEqual([]);

    // The browser host cannot open the system's viewer: « Ouvrir le PDF » downloads it instead.
    const pdf = await downloaded(page, () => documents.getByRole('button', { name: 'Ouvrir le PDF' }).click());
    expect(pdf.name).toBe('F-2026-0002.pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await documents.getByText('F-2026-0002.pdf est téléchargé à la place', { exact: false }).waitFor();
    await expect.poll(() => focusedName(page)).toBe('Ouvrir le PDF');

    // Each file has its own « Enregistrer », reachable and usable with the keyboard.
    await documents.getByRole('button', { name: 'Enregistrer le XML CII' }).focus();
    const cii = await downloaded(page, () => page.keyboard.press('Enter'));
    expect(cii.name).toBe('F-2026-0002.cii.xml');
    expect(cii.bytes.toString('utf8')).toMatch(/^<\?xml[^>]*\?>\s*<rsm:CrossIndustryInvoice/);
    const ubl = await downloaded(page, () => documents.getByRole('button', { name: 'Enregistrer le XML UBL' }).click());
    expect(ubl.name).toBe('F-2026-0002.ubl.xml');
    expect(ubl.bytes.toString('utf8')).toContain('<cbc:ID>F-2026-0002</cbc:ID>');
    const saved = await downloaded(page, () => documents.getByRole('button', { name: 'Enregistrer le PDF Factur-X' }).click());
    expect(saved.bytes.equals(pdf.bytes)).toBe(true);

    // Payments start on the application's today, not the computer's.
    await expect(page.getByRole('textbox', { name: 'Date du paiement' }).inputValue()).resolves.toBe('02/12/2026');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the same section on an issued credit note, with its own state', async () => {
    const invoice = valueOf(await e2e.app.core.invoke('invoices:list', { status: 'issued' })).rows.at(-1)!;
    const note = valueOf(await e2e.app.core.invoke('invoices:createCreditNote', { invoiceId: invoice.id }));
    const issued = valueOf(await e2e.app.core.invoke('invoices:issue', { id: note.id }));
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/factures/${issued.id}`);
    await heading(page, `Avoir ${issued.number}`).waitFor();
    await page.locator('.page-head .badge', { hasText: 'Avoir émis' }).waitFor();
    await page.getByRole('region', { name: 'Documents' }).getByText('Conforme EN 16931', { exact: true }).waitFor();
    await settled(page);
    expect(await seriousViolations(page), 'avoir : violations graves').toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says the files of a piece made by an earlier layout were checked by the journal’s hashes', async () => {
    const { customerId } = { customerId: valueOf(await e2e.app.core.invoke('customers:search', {})).rows[0]!.id };
    const draft = valueOf(await e2e.app.core.invoke('invoices:createDraft', { draft: draftFor(customerId, { issueDate: DAY }) }));
    const issued = valueOf(await e2e.app.core.invoke('invoices:issue', { id: draft.id }));
    // The journal entry as versions before layout versions wrote it: the files' hashes only.
    const db = e2e.app.core.db;
    db.exec('DROP TRIGGER journal_no_update');
    const row = db.prepare("SELECT seq, payload FROM journal WHERE kind = 'invoice.files.generated' AND entity_id = ?").get(issued.id) as { seq: number; payload: string };
    const { layoutVersion: _dropped, ...hashes } = JSON.parse(row.payload) as Record<string, string>;
    db.prepare('UPDATE journal SET payload = ? WHERE seq = ?').run(JSON.stringify(hashes), row.seq);

    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/factures/${issued.id}`);
    const documents = page.getByRole('region', { name: 'Documents' });
    await documents.getByText('Conforme EN 16931', { exact: true }).waitFor();
    await expect(documents.getByTestId('files-check-method').textContent()).resolves.toMatch(/version antérieure de la mise en page, vérifiés par leur empreinte SHA-256 enregistrée au journal/);
    await expect(documents.getByRole('alert').count()).resolves.toBe(0);
    await settled(page);
    await screenshot(page, 'invoice-files-checked-by-hashes');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts a new invoice on the application’s today', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/factures/nouvelle`);
    await heading(page, 'Nouvelle facture').waitFor();
    await expect(page.getByRole('textbox', { name: 'Date de facture', exact: true }).inputValue()).resolves.toBe('02/12/2026');
    expect(errors).toEqual([]);
    await page.close();
  });
});
