import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../main/services/clock';
import { formatEuros } from '@shared/money/euros';
import { shopWithHistory } from '../support/backup-setup';
import { valueOf } from '../support/invoicing-setup';
import { downloaded, focusedName, openPage, screenshot, seriousViolations, useSharedE2eApp } from './e2e-helpers';

const CLOCK = fixedClock('2026-11-27T09:00:00Z');
/** shopWithHistory: 50,00 € by transfer on F-2026-0001, F-2026-0002 paid in full (3 h × 45,50 €) by cheque. */
const RECEIVED = 5_000 + 13_650;

async function openExports(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Exports', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Exports' }).waitFor();
}

describe('« Exports » in Chromium', () => {
  const e2e = useSharedE2eApp({ clock: CLOCK });

  beforeAll(async () => {
    await shopWithHistory(e2e.app.core);
  });

  it('shows the turnover to declare for the month and the quarter, and the receipts book, then saves it as PDF and CSV', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/factures`);
    await openExports(page);

    const turnover = page.getByTestId('turnover');
    await expect(page.getByRole('combobox', { name: 'Mois ou trimestre' }).inputValue()).resolves.toBe('11');
    await expect.poll(() => turnover.textContent()).toContain(`Chiffre d’affaires encaissé, novembre 2026 : ${formatEuros(RECEIVED)}`);
    await expect(turnover.textContent()).resolves.toContain(`Prestations de services${formatEuros(RECEIVED)}`);
    await expect(turnover.textContent()).resolves.toContain(`Ventes de marchandises${formatEuros(0)}`);
    await expect(turnover.textContent()).resolves.toContain('2 encaissements sur la période. Franchise en base de TVA');
    // The quarter with the keyboard: the 4th quarter holds the same receipts, the 3rd none.
    await page.getByRole('combobox', { name: 'Mois ou trimestre' }).selectOption({ label: '4e trimestre' });
    await expect.poll(() => turnover.textContent()).toContain(`4e trimestre 2026 : ${formatEuros(RECEIVED)}`);
    await page.getByRole('combobox', { name: 'Mois ou trimestre' }).selectOption({ label: '3e trimestre' });
    await expect.poll(() => turnover.textContent()).toContain(`3e trimestre 2026 : ${formatEuros(0)}`);
    await expect(turnover.textContent()).resolves.toContain('0 encaissement sur la période.');

    // The receipts book from the 1st of January to today, on screen.
    const book = page.getByTestId('receipts-book');
    await book.waitFor();
    await expect(book.getByRole('caption').textContent()).resolves.toBe('Encaissements du 01/01/2026 au 27/11/2026');
    const rows = await book.locator('tbody tr').allTextContents();
    expect(rows).toEqual([
      `27/11/2026Mairie de Beaufort-en-AnjouAtelier de pâtisserie pour l’école${formatEuros(5_000)}VirementF-2026-0001`,
      `27/11/2026Mairie de Beaufort-en-AnjouAtelier de pâtisserie pour l’école${formatEuros(13_650)}ChèqueF-2026-0002`,
    ]);
    await expect(book.locator('tfoot').textContent()).resolves.toBe(`2 encaissements, total ${formatEuros(RECEIVED)}`);
    await screenshot(page, 'exports-livre-des-recettes');
    expect(await seriousViolations(page)).toEqual([]);

    // A period without receipts says so; a period that ends before it starts is refused on the field.
    const from = page.getByRole('textbox', { name: 'Du', exact: true });
    const to = page.getByRole('textbox', { name: 'Au', exact: true });
    await from.fill('01/12/2026');
    await to.fill('31/12/2026');
    await page.getByRole('button', { name: 'Afficher', exact: true }).click();
    await page.getByText('Encaissements du 01/12/2026 au 31/12/2026 : Aucun encaissement sur cette période.').waitFor();
    await to.fill('30/11/2026');
    await page.getByRole('button', { name: 'Afficher', exact: true }).click();
    await page.getByText('La fin de la période doit suivre son début.').waitFor();
    await expect.poll(() => focusedName(page)).toBe('Au');

    // Back to the year, saved as CSV then PDF (each a task whose file the browser downloads).
    await from.fill('01/01/2026');
    await to.fill('27/11/2026');
    const csv = await downloaded(page, () => page.getByRole('button', { name: 'Exporter en CSV' }).click());
    expect(csv.name).toBe('Livre-des-recettes-2026-01-01-au-2026-11-27.csv');
    const lines = csv.bytes.toString('utf8').split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('Mairie de Beaufort-en-Anjou');
    expect(lines[3]).toContain('2 encaissements;186,50');
    await page.getByTestId('receipts-export-status').getByText('Livre des recettes : 2 encaissements.').waitFor();
    const pdf = await downloaded(page, () => page.getByRole('button', { name: 'Exporter en PDF' }).click());
    expect(pdf.name).toBe('Livre-des-recettes-2026-01-01-au-2026-11-27.pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('downloads the archive of every issued piece, its files matching the manifest', async () => {
    const { page, errors } = await openPage(e2e.browser, `${e2e.app.host.url}#/exports`);
    await page.getByRole('heading', { level: 1, name: 'Exports' }).waitFor();
    const archive = await downloaded(page, () => page.getByRole('button', { name: 'Exporter l’archive (ZIP)' }).click());
    expect(archive.name).toBe('Facturier-archive-2026-11-27.zip');
    const entries = unzipSync(archive.bytes);
    expect(Object.keys(entries).filter((name) => name.endsWith('.pdf')).sort()).toEqual([
      'avoirs/A-2026-0001.pdf',
      'factures/F-2026-0001.pdf',
      'factures/F-2026-0002.pdf',
      'factures/F-2026-0003.pdf',
    ]);
    const manifest = JSON.parse(Buffer.from(entries['manifeste.json']!).toString('utf8')) as { files: Array<{ path: string; sha256: string }>; chainHead: string };
    for (const file of manifest.files) expect(createHash('sha256').update(entries[file.path]!).digest('hex'), file.path).toBe(file.sha256);
    expect(manifest.chainHead).toBe(valueOf(await e2e.app.core.invoke('journal:head', {})).hash);
    await page.getByTestId('archive-export-status').getByText('Archive de 4 pièces faite').waitFor();
    await screenshot(page, 'exports-archive');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
