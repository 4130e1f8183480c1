/**
 * `npm run start:browser`: Facturier in a browser, for machines without Electron. Builds the renderer,
 * locks and opens the data folder, starts the browser host on 127.0.0.1 and prints a one-time link that
 * signs the browser in. Enter prints a fresh link (for another browser, or after closing this one).
 * Exit codes: 0 stopped by the user, 1 data that cannot be opened, 2 folder already in use.
 * FACTURIER_RENDERER_DIR serves an already built renderer (tests) instead of building it.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import type { Core } from '../main/app/create-core';
import { defaultDataDir } from '../main/app/default-data-dir';
import { openAppCore } from '../main/app/open-app-core';
import { describeStartupFailure } from '../main/app/startup-failure';
import { startBrowserHost } from '../main/host/browser-host';
import { buildRenderer } from './build-renderer';

function openInBrowser(url: string): void {
  if (process.env.FACTURIER_NO_OPEN || process.env.CI) return;
  const command = process.platform === 'win32' ? 'cmd' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  spawn(command, args, { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
}

function rendererDir(): string {
  if (process.env.FACTURIER_RENDERER_DIR) return resolve(process.env.FACTURIER_RENDERER_DIR);
  console.log('Construction de l’interface…');
  buildRenderer();
  return resolve(__dirname, '../out/renderer');
}

async function main(): Promise<void> {
  // Everything this process writes is app data: private to the user, whatever the shell's umask.
  if (process.platform !== 'win32') process.umask(0o077);
  const served = rendererDir();
  const dataDir = defaultDataDir();
  let core: Core;
  try {
    core = openAppCore({
      dataDir,
      transport: 'browser',
    });
  } catch (error) {
    const failure = describeStartupFailure(error);
    console.error(`${failure.title}.\n${failure.message}\nDossier de données : ${dataDir}`);
    process.exit(failure.exitCode);
  }
  core.start();
  const port = process.env.FACTURIER_PORT ? Number(process.env.FACTURIER_PORT) : 0;
  const host = await startBrowserHost({ invoke: core.invoke, events: core.events, transfers: core.transfers, rendererDir: served, port });
  const link = host.newLoginUrl();
  console.log(`Données : ${dataDir}`);
  console.log(`Facturier est prêt. Ouvrez ce lien dans votre navigateur (il ne sert qu’une fois) :\n  ${link}`);
  console.log('Laissez cette fenêtre ouverte ; Entrée affiche un nouveau lien ; Ctrl+C arrête Facturier.');
  openInBrowser(link);
  if (process.stdin.isTTY) {
    process.stdin.on('data', () => console.log(`Nouveau lien (il ne sert qu’une fois) :\n  ${host.newLoginUrl()}`));
  }
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
  const failure = describeStartupFailure(error);
  console.error(`${failure.title}.\n${failure.message}`);
  process.exit(failure.exitCode);
});
