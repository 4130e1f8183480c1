/**
 * `npm run start:browser`: Facturier in a browser, for machines without Electron. Builds the renderer,
 * starts the browser host on 127.0.0.1 and prints the address (with its per-start token in the page).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createCore } from '../main/app/create-core';
import { defaultDataDir } from '../main/app/default-data-dir';
import { startBrowserHost } from '../main/host/browser-host';
import { buildRenderer } from './build-renderer';

function openInBrowser(url: string): void {
  if (process.env.FACTURIER_NO_OPEN || process.env.CI) return;
  const command = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  spawn(command, args, { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
}

async function main(): Promise<void> {
  console.log('Construction de l’interface…');
  buildRenderer();
  const dataDir = defaultDataDir();
  const core = createCore({
    dataDir,
    transport: 'browser',
    // Unexpected errors go to the technical log in the data folder (rotated, scrubbed): services/logging/.
  });
  core.start();
  const port = process.env.FACTURIER_PORT ? Number(process.env.FACTURIER_PORT) : 0;
  const host = await startBrowserHost({ invoke: core.invoke, events: core.events, transfers: core.transfers, rendererDir: resolve(__dirname, '../out/renderer'), port });
  console.log(`Données : ${dataDir}`);
  console.log(`Facturier est prêt : ${host.url}`);
  console.log('Laissez cette fenêtre ouverte ; Ctrl+C pour arrêter.');
  openInBrowser(host.url);
  const stop = () =>
    void host
      .close()
      .then(() => core.stop())
      .finally(() => {
        core.close();
        process.exit(0);
      });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
