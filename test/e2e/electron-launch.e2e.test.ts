import { resolve } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../support/electron-binary';
import { makeTempDir } from '../support/temp-dir';

const binary = electronBinary();
const title = binary ? 'the desktop app (Electron)' : 'the desktop app (Electron) — skipped: no Electron binary on this machine';

describe(title, () => {
  if (!binary) console.warn('skipped: no Electron binary (node_modules/electron/path.txt absent; set ELECTRON_PATH to run it)');

  it.skipIf(!binary)('opens a sandboxed window that talks to main only through window.facturier', async () => {
    const dataDir = makeTempDir();
    const app = await electron.launch({
      executablePath: binary as string,
      args: [resolve(__dirname, '../..')],
      env: { ...process.env, FACTURIER_DATA_DIR: dataDir.path },
    });
    try {
      const window = await app.firstWindow();
      // A new data folder opens the first-start wizard: any page heading means the renderer is up.
      await window.getByRole('heading', { level: 1 }).first().waitFor();
      const isolation = await window.evaluate(
        '({ hasRequire: typeof require !== "undefined", hasProcess: typeof process !== "undefined", frozen: Object.isFrozen(window.facturier), keys: Object.keys(window.facturier).sort() })',
      );
      expect(isolation).toEqual({ hasRequire: false, hasProcess: false, frozen: true, keys: ['invoke', 'on', 'transport'] });
      const info = await window.evaluate('window.facturier.invoke("app:info", {})');
      expect(info).toMatchObject({ ok: true, value: { transport: 'electron', dataDir: dataDir.path } });
    } finally {
      await app.close();
      dataDir.remove();
    }
  });
});
