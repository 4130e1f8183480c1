import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openAppCore } from '../../main/app/open-app-core';
import type { Core, CoreOptions } from '../../main/app/create-core';
import { startBrowserHost, type BrowserHost } from '../../main/host/browser-host';
import type { Clock } from '../../main/services/clock';

export const RENDERER_DIR = resolve(__dirname, '../../out/renderer');

/**
 * The host as tests use it: `url` is a fresh one-time login link at each read, as each new browser context
 * needs; a page already signed in moves around with `origin` + `#/route` (no reload, as before).
 */
export interface TestHost extends BrowserHost {
  readonly url: string;
}

export interface StartOptions {
  clock?: Clock;
  /** A port of an earlier run, to restart the host where an open tab expects it. */
  port?: number;
  /** More options for the core (Chorus Pro endpoints, fetch, the sender's pace…). */
  core?: Partial<CoreOptions>;
  /** Start background work (the sender); off unless a test asks for it. */
  isStarted?: boolean;
}

export interface RunningApp {
  core: Core;
  host: TestHost;
  stop(): Promise<void>;
}

/**
 * The real app as the browser sees it: the core on a data folder (locked, as `npm run start:browser`
 * locks it), behind the browser host. Responses are checked against the contract, so a handler that
 * drifts from its schema fails the test.
 */
export async function startApp(dataDir: string, options: StartOptions = {}): Promise<RunningApp> {
  if (!existsSync(resolve(RENDERER_DIR, 'index.html'))) {
    throw new Error('Interface non construite : lancez « npm run build:renderer » (npm test le fait).');
  }
  const core = openAppCore({ dataDir, transport: 'browser', validateOutput: true, clock: options.clock, ...options.core });
  // Background work (the sender) runs only where a test asks for it.
  if (options.isStarted) core.start();
  const browserHost = await startBrowserHost({ invoke: core.invoke, events: core.events, transfers: core.transfers, rendererDir: RENDERER_DIR, port: options.port });
  const host: TestHost = Object.defineProperty(browserHost, 'url', { get: () => browserHost.newLoginUrl(), enumerable: true }) as TestHost;
  return {
    core,
    host,
    stop: async () => {
      await host.close();
      await core.stop();
      core.close();
    },
  };
}
