import { chmodSync, lstatSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppCore } from '../../../main/app/open-app-core';
import { useCleanups } from '../../support/cleanups';

/** Every entry under `dir` with its permission bits, as `relative path: mode` in octal. */
function modes(dir: string): Record<string, string> {
  const found: Record<string, string> = { '.': (lstatSync(dir).mode & 0o777).toString(8) };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    found[path.slice(dir.length + 1)] = (lstatSync(path).mode & 0o777).toString(8);
  }
  return found;
}

const onWindows = process.platform === 'win32';

// On Windows the data folder sits in the user's profile, which only that user can read: nothing to test.
describe.skipIf(onWindows)('the data folder is private to its user', () => {
  const { tempDir, onCleanup } = useCleanups();

  it('creates the folder 0700 and the database, its WAL, its SHM and every other file 0600', async () => {
    const dataDir = join(tempDir(), 'Facturier');
    const previousUmask = process.umask(0o022);
    try {
      const core = openAppCore({ dataDir, transport: 'browser' });
      onCleanup(() => core.close());
      // Secrets make the key file and the secrets file appear beside the database.
      const saved = await core.invoke('chorusConnection:save', {
        environment: 'qualification',
        pisteClientId: 'client-id-123',
        pisteClientSecret: 'secret-client-de-test',
        technicalLogin: 'TECH_1_boulangerie@cpro.fr',
        technicalPassword: 'mot-de-passe-de-test',
      });
      expect(saved.ok).toBe(true);
      const seen = modes(dataDir);
      expect(Object.keys(seen)).toEqual(expect.arrayContaining(['facturier.sqlite', 'facturier.sqlite-wal', 'facturier.sqlite-shm']));
      for (const [path, mode] of Object.entries(seen)) {
        const isFolder = lstatSync(join(dataDir, path)).isDirectory();
        expect(mode, path).toBe(isFolder ? '700' : '600');
      }
    } finally {
      process.umask(previousUmask);
    }
  });

  it('tightens a folder left open by an earlier version: folder, files and subfolders', () => {
    const dataDir = tempDir();
    chmodSync(dataDir, 0o755);
    writeFileSync(join(dataDir, 'facturier.sqlite'), '');
    chmodSync(join(dataDir, 'facturier.sqlite'), 0o644);
    mkdirSync(join(dataDir, 'sauvegardes'), { mode: 0o755 });
    writeFileSync(join(dataDir, 'sauvegardes', 'ancienne.zip'), 'x', { mode: 0o666 });
    chmodSync(join(dataDir, 'sauvegardes', 'ancienne.zip'), 0o666);
    const core = openAppCore({ dataDir, transport: 'browser' });
    core.close();
    expect(modes(dataDir)).toMatchObject({ '.': '700', 'facturier.sqlite': '600', sauvegardes: '700', 'sauvegardes/ancienne.zip': '600' });
  });
});
