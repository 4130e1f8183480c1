import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, type Core } from '../../../main/app/create-core';
import { fixedClock } from '../../../main/services/clock';
import type { DirectoryDownloader } from '../../../main/services/public-directory/directory-downloader';
import { TEST_NOW, useTestCores } from '../../support/test-core';
import { valueOf } from '../../support/invoicing-setup';
import { fixture } from '../../support/public-directory/directory-files';
import { zipFile } from '../../support/public-directory/directory-writers';
import { importThroughCore, refreshThroughCore } from '../../support/public-directory/import-through-core';

const cores = useTestCores();

/** A core with a Chorus Pro client standing in (the real one is wired at merge): only the interface is ours. */
function coreWith(downloader: DirectoryDownloader, dataDir = cores.tempDir()): Core {
  const core = createCore({ dataDir, transport: 'browser', validateOutput: true, clock: fixedClock(TEST_NOW), directoryDownloader: downloader });
  return Object.assign(core, { dispose: () => core.close() });
}


describe('« Mettre à jour l’annuaire » from Chorus Pro', () => {
  it('is not offered without a Chorus Pro client, and says why if asked', async () => {
    const core = cores.open();
    expect(valueOf(await core.invoke('directory:status', {})).canRefreshOnline).toBe(false);
    expect(await core.invoke('directory:refresh', {})).toMatchObject({ ok: false, error: { code: 'directory_online_unavailable' } });
  });

  it('is not offered while the client has no credentials', async () => {
    const core = coreWith({ downloadDirectory: () => Promise.reject(new Error('no call expected')), isAvailable: () => false });
    try {
      expect(valueOf(await core.invoke('directory:status', {})).canRefreshOnline).toBe(false);
    } finally {
      core.close();
    }
  });

  it('imports the ZIP Chorus Pro sends, as a task, and records where it came from', async () => {
    const dir = cores.tempDir();
    await zipFile(fixture('annuaire-windows-1252.csv'), join(dir, 'chorus.zip'), 'annuaire.csv');
    let calls = 0;
    const core = coreWith({ downloadDirectory: async () => (calls++, readFileSync(join(dir, 'chorus.zip'))) });
    try {
      expect(valueOf(await core.invoke('directory:status', {})).canRefreshOnline).toBe(true);
      expect((await refreshThroughCore(core)).state).toBe('done');
      expect(calls).toBe(1);
      const status = valueOf(await core.invoke('directory:status', {}));
      expect(status.current).toMatchObject({ source: 'chorus', fileName: 'annuaire-chorus-pro.zip', structures: 4, report: { isZipped: true, part: 'annuaire.csv' } });
    } finally {
      core.close();
    }
  });

  it('a failed download keeps the directory in use and tells the user in French', async () => {
    const dataDir = cores.tempDir();
    const core = coreWith({ downloadDirectory: () => Promise.reject(new TypeError('fetch failed')) }, dataDir);
    try {
      expect((await importThroughCore(core, fixture('annuaire-windows-1252.csv'))).last.state).toBe('done');
      const last = await refreshThroughCore(core);
      expect(last).toMatchObject({ state: 'failed', message: expect.stringMatching(/téléchargement de l’annuaire depuis Chorus Pro a échoué/) });
      expect(valueOf(await core.invoke('directory:status', {})).current).toMatchObject({ source: 'file', structures: 4 });
    } finally {
      core.close();
    }
  });
});

describe('the reminder when the directory is old', () => {
  it('is due when no directory was ever imported', async () => {
    const status = valueOf(await cores.open().invoke('directory:status', {}));
    expect(status).toMatchObject({ current: null, isStale: true, ageDays: null });
  });

  it('is due more than a month after the last import, not before', async () => {
    const first = cores.open({ now: '2026-10-01T09:00:00Z' });
    expect((await importThroughCore(first, fixture('annuaire-windows-1252.csv'))).last.state).toBe('done');
    first.close();
    const after = async (now: string) => valueOf(await cores.open({ dataDir: first.dataDir, now }).invoke('directory:status', {}));
    expect(await after('2026-10-20T09:00:00Z')).toMatchObject({ isStale: false, ageDays: 19 });
    expect(await after('2026-11-27T10:00:00Z')).toMatchObject({ isStale: true, ageDays: 57 });
    expect((await after('2026-11-27T10:00:00Z')).fileSize).toBeGreaterThan(0);
  });
});
