import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Clock } from '../../main/services/clock';
import { startApp, type RunningApp, type StartOptions } from '../support/app-host';
import { launchChromium } from '../support/chromium';
import { makeTempDir } from '../support/temp-dir';

export const ARTIFACTS = resolve(__dirname, '../artifacts');

/** The screen of the shop PC the app is made for: every Chromium test runs at this size. */
export const SHOP_PC_VIEWPORT = { width: 1366, height: 768 };

/**
 * A fresh French page (its own browser context, so its own cookies) that records script errors and every
 * IPC response body (for secret leak checks). `url` is a one-time login link (`app.host.url`): the first
 * visit trades it for the session cookie and lands on the clean address.
 */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[]; ipcBodies: string[] }> {
  // axe-core needs a page of an explicit context; closing the page closes its context.
  const context = await browser.newContext({ locale: 'fr-FR', viewport: SHOP_PC_VIEWPORT });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  page.setDefaultTimeout(8_000);
  const errors: string[] = [];
  const ipcBodies: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.url().includes('/ipc/')) void response.text().then((body) => ipcBodies.push(body), () => undefined);
  });
  await page.goto(url);
  return { page, errors, ipcBodies };
}

/** axe-core on the page as it is: the violations a user would meet, serious or critical only. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Waits for the browser download that `click` starts: its suggested name, where it landed, and its bytes. */
export async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; path: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  const path = (await (download as Download).path()) ?? '';
  return { name: (download as Download).suggestedFilename(), path, bytes: readFileSync(path) };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** What has keyboard focus, as a short text: its label, or its own text. */
export function focusedName(page: Page): Promise<string> {
  // A string, not a function: the test project compiles without the DOM library.
  return page.evaluate<string>(`(() => {
    const element = document.activeElement;
    if (!element) return '';
    const label = (element.labels && element.labels[0] && element.labels[0].textContent) || '';
    return (label || element.getAttribute('aria-label') || element.textContent || '').trim();
  })()`);
}

/**
 * One Chromium per test file and one fresh data folder; the app started by `start()` (the real core
 * behind the browser host) is stopped after each test, so a later test can restart on the same folder.
 */
export function useE2eSession() {
  let browser: Browser | null = null;
  let running: RunningApp | null = null;
  const dataDir = makeTempDir();
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    await running?.stop();
    running = null;
  });
  afterAll(async () => {
    await browser?.close();
    dataDir.remove();
  });
  return {
    dataDir: dataDir.path,
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is not started yet (use it inside a test).');
      return browser;
    },
    async start(options: StartOptions = {}): Promise<RunningApp> {
      running = await startApp(dataDir.path, options);
      return running;
    },
    /** Stops the running app now (a restart within one test); the next `start()` opens the same folder. */
    async stop(): Promise<void> {
      await running?.stop();
      running = null;
    },
  };
}

/**
 * One Chromium and one app (the real core behind the browser host) for a whole test file, on a fresh data
 * folder, for scenarios whose tests build on each other. Seed data in a later beforeAll: it runs after this one.
 */
export function useSharedE2eApp(options: { clock?: Clock } = {}) {
  let browser: Browser | null = null;
  let app: RunningApp | null = null;
  const dataDir = makeTempDir();
  beforeAll(async () => {
    browser = await launchChromium();
    app = await startApp(dataDir.path, options);
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
    dataDir.remove();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is not started yet (use it inside a test).');
      return browser;
    },
    get app(): RunningApp {
      if (!app) throw new Error('The app is not started yet (use it inside a test).');
      return app;
    },
  };
}
