import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium; Playwright's own browser download is impossible on these machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking group, Chromium keeps dialling Google's hosts on a closed network.
const HEADLESS_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export async function launchChromium(): Promise<Browser> {
  if (!hasChromium()) throw new Error(`Chromium introuvable (${CHROMIUM_PATH}) : installez le paquet Debian « chromium ».`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: HEADLESS_FLAGS });
}
