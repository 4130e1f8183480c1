import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createCore, type Core, type CoreOptions } from '../../main/app/create-core';
import { startBrowserHost, type BrowserHost } from '../../main/host/browser-host';
import type { Clock } from '../../main/services/clock';

export const RENDERER_DIR = resolve(__dirname, '../../out/renderer');

export interface RunningApp {
  core: Core;
  host: BrowserHost;
  stop(): Promise<void>;
}

/**
 * The real app as the browser sees it: the core on a data folder, behind the browser host. Responses are
 * checked against the contract, so a handler that drifts from its schema fails the test.
 */
export async function startApp(dataDir: string, options: { clock?: Clock; core?: Partial<CoreOptions>; isStarted?: boolean } = {}): Promise<RunningApp> {
  if (!existsSync(resolve(RENDERER_DIR, 'index.html'))) {
    throw new Error('Interface non construite : lancez « npm run build:renderer » (npm test le fait).');
  }
  const core = createCore({ dataDir, transport: 'browser', validateOutput: true, clock: options.clock, ...options.core });
  // Background work (the sender) runs only where a test asks for it.
  if (options.isStarted) core.start();
  const host = await startBrowserHost({ invoke: core.invoke, events: core.events, rendererDir: RENDERER_DIR });
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
