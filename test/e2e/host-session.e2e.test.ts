import { describe, expect, it } from 'vitest';
import { openPage, screenshot, useE2eSession } from './e2e-helpers';

/**
 * Signing a real Chromium in through the printed link, and what an open tab does when the host restarts:
 * the page never holds a secret, and a tab the new host does not know says how to get back in.
 */
describe('the browser session', () => {
  const e2e = useE2eSession();

  it('trades the printed link for a cookie the page cannot read, and lands on a clean address', async () => {
    const app = await e2e.start();
    const link = app.host.url;
    const { page, errors } = await openPage(e2e.browser, link);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(page.url().split('#')[0]).toBe(app.host.origin);
    const token = new URL(link).searchParams.get('token') as string;
    const seen = await page.evaluate<{ cookie: string; html: string }>('({ cookie: document.cookie, html: document.documentElement.outerHTML })');
    expect(seen.cookie).toBe('');
    expect(seen.html).not.toContain(token);
    expect(seen.html).not.toContain('facturier-token');
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', name: `facturier_session_${app.host.port}` });
    // The same link in another browser is spent: it shows the French page, never the app.
    const { page: other } = await openPage(e2e.browser, link);
    await other.getByRole('heading', { level: 1, name: 'Ce lien a déjà servi' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('tells an open tab, in French, to reopen the link after a restart, and lets it back in with the new one', async () => {
    const first = await e2e.start();
    const { page } = await openPage(e2e.browser, first.host.url);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const port = first.host.port;
    await e2e.stop();
    const restarted = await e2e.start({ port });

    // The next call from the tab is refused by the new host: the banner says what to do.
    await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Clients' }).click();
    const banner = page.getByRole('alert').filter({ hasText: 'Facturier a été redémarré' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/ouvrez le nouveau lien affiché/);
    // The page whose code the new host refused says so, with a way out, instead of a blank window.
    await page.getByTestId('page-load-failed').getByRole('button', { name: 'Recharger la page' }).waitFor();
    await screenshot(page, 'session-lost-banner');

    // Reloading shows the French sign-in page; the new printed link opens the app again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Ouvrez Facturier depuis son lien' }).waitFor();
    await screenshot(page, 'session-sign-in-page');
    await page.goto(restarted.host.url);
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
    expect(await page.getByTestId('session-lost').count()).toBe(0);
  });
});
