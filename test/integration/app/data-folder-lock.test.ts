import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppCore } from '../../../main/app/open-app-core';
import { DATA_FOLDER_IN_USE_EXIT_CODE } from '../../../main/app/startup-failure';
import { databasePath } from '../../../main/db/open-database';
import { runBrowserAppToExit, startBrowserAppProcess, waitForExit, type BrowserAppProcess } from '../../support/browser-app-process';
import { writeTinyRenderer } from '../../support/host-under-test';
import { refusalOf } from '../../support/refusal';
import { useCleanups } from '../../support/cleanups';
import { makeTempDir } from '../../support/temp-dir';


/** One process per data folder: the desktop app and the browser host never both write the invoices. */
describe('the data folder lock', () => {
  const { tempDir, onCleanup } = useCleanups();

  it('refuses a second core on the same folder, in French, until the first is closed', () => {
    const dataDir = tempDir();
    const first = openAppCore({ dataDir, transport: 'browser' });
    const refused = refusalOf(() => openAppCore({ dataDir, transport: 'electron' }));
    expect(refused.code).toBe('data_folder_locked');
    expect(refused.message).toMatch(/déjà ouvert/);
    expect(refused.message).toMatch(/navigateur/);
    expect(refused.message).toContain(String(process.pid));
    first.close();
    const second = openAppCore({ dataDir, transport: 'electron' });
    second.close();
  });

  it('lets two different folders run side by side', () => {
    const a = openAppCore({ dataDir: tempDir(), transport: 'browser' });
    const b = openAppCore({ dataDir: tempDir(), transport: 'browser' });
    a.close();
    b.close();
  });

  // Real processes started through tsx: slow on a loaded machine, hence the longer time limit.
  describe('across processes', { timeout: 120_000 }, () => {
    const rendererDir = makeTempDir('facturier-renderer-');
    writeTinyRenderer(rendererDir.path);
    onCleanup(rendererDir.remove);
    let running: BrowserAppProcess | null = null;
    afterEach(async () => {
      if (running && running.child.exitCode === null && running.child.signalCode === null) {
        running.child.kill('SIGKILL');
        await waitForExit(running.child);
      }
      running = null;
    });

    it('makes a second browser host say so in French and exit cleanly with its own code', async () => {
      const dataDir = tempDir();
      running = await startBrowserAppProcess(dataDir, rendererDir.path);
      const second = await runBrowserAppToExit(dataDir, rendererDir.path);
      expect(second.code).toBe(DATA_FOLDER_IN_USE_EXIT_CODE);
      expect(second.signal).toBeNull();
      expect(second.stderr).toMatch(/Facturier est déjà ouvert sur ce dossier de données/);
      expect(second.stderr).toContain(String(running.child.pid));
      expect(second.stderr).not.toMatch(/\n\s+at /); // no stack trace for a user
      expect(refusalOf(() => openAppCore({ dataDir, transport: 'electron' })).code).toBe('data_folder_locked');
    });

    it('takes over at once the lock of a process killed with SIGKILL, with the data intact', async () => {
      const dataDir = tempDir();
      running = await startBrowserAppProcess(dataDir, rendererDir.path);
      expect(refusalOf(() => openAppCore({ dataDir, transport: 'browser' })).code).toBe('data_folder_locked');
      running.child.kill('SIGKILL');
      await waitForExit(running.child);
      expect(running.child.signalCode).toBe('SIGKILL');

      const core = openAppCore({ dataDir, transport: 'browser' });
      try {
        expect((await core.invoke('app:info', {})).ok).toBe(true);
        expect(refusalOf(() => openAppCore({ dataDir, transport: 'browser' })).code).toBe('data_folder_locked');
      } finally {
        core.close();
      }
      const db = new Database(databasePath(dataDir), { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    });
  });
});
