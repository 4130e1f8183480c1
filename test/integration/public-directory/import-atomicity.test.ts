import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { Core } from '../../../main/app/create-core';
import { directoryPath } from '../../../main/db/public-directory/open-directory-database';
import { useTestCores } from '../../support/test-core';
import { valueOf } from '../../support/invoicing-setup';
import { makeTempDir } from '../../support/temp-dir';
import { damagedCopy, fixture, truncatedCopy, writeGeneratedDirectory } from '../../support/public-directory/directory-files';
import { importThroughCore, taskEnd, uploadThroughCore } from '../../support/public-directory/import-through-core';
import { readFileSync } from 'node:fs';

const cores = useTestCores();
const files = makeTempDir('facturier-directory-atomic-');
const generated = { csv: '', xlsx: '', zip: '' };
beforeAll(async () => {
  const shape = { seed: 5, structures: 3_000, services: 6_000 };
  generated.csv = await writeGeneratedDirectory(files.path, 'csv-semicolon-utf8', shape);
  generated.xlsx = await writeGeneratedDirectory(files.path, 'xlsx', { ...shape, structures: 800, services: 1_600 });
  generated.zip = await writeGeneratedDirectory(files.path, 'zip-csv', shape);
}, 120_000);
afterAll(() => files.remove());

/** A core whose directory is the small Windows-1252 fixture (4 structures). */
async function coreWithDirectory(): Promise<Core & { dataDir: string }> {
  const core = cores.open();
  expect((await importThroughCore(core, fixture('annuaire-windows-1252.csv'))).last.state).toBe('done');
  return core;
}

/** The directory in use is still the fixture: same import, searchable, structures readable. */
async function expectFixtureDirectory(core: Core) {
  const status = valueOf(await core.invoke('directory:status', {}));
  expect(status.current).toMatchObject({ fileName: 'annuaire-windows-1252.csv', structures: 4, services: 4 });
  expect(valueOf(await core.invoke('directory:search', { text: 'college moliere' })).hits.map((h) => h.siret)).toEqual(['19490011400019']);
  expect(valueOf(await core.invoke('directory:structure', { siret: '21490021900012' })).services).toHaveLength(2);
}

function generationTables(dataDir: string): string[] {
  const db = new Database(directoryPath(dataDir), { readonly: true });
  try {
    return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB '*_[0-9]*' AND name NOT GLOB 'search_*_*' AND name != 'directory_state'").pluck().all() as string[]).sort();
  } finally {
    db.close();
  }
}

describe('a broken or interrupted import leaves the previous directory intact and usable', () => {
  it.each([
    ['a truncated ZIP', () => truncatedCopy(generated.zip, 0.5, 'tronque.zip'), /ZIP est illisible/],
    ['a damaged ZIP', () => damagedCopy(generated.zip, 'abime.zip'), /ZIP est illisible/],
    ['a truncated XLSX', () => truncatedCopy(generated.xlsx, 0.6, 'tronque.xlsx'), /classeur Excel est illisible/],
    ['a damaged XLSX', () => damagedCopy(generated.xlsx, 'abime.xlsx'), /classeur Excel est illisible/],
  ])('%s fails with a French message; the old directory answers as before', async (_what, make, reason) => {
    const core = await coreWithDirectory();
    const { last } = await importThroughCore(core, make());
    expect(last.state).toBe('failed');
    expect(last.message).toMatch(reason);
    await expectFixtureDirectory(core);
    const status = valueOf(await core.invoke('directory:status', {}));
    expect(status.history.map((h) => h.outcome)).toEqual(['failed', 'done']);
    expect(generationTables(core.dataDir)).toEqual(['ranks_1', 'search_1', 'services_1', 'structures_1']);
  });

  it('a cancelled import changes nothing and leaves no half-filled tables', async () => {
    const core = await coreWithDirectory();
    const uploadId = await uploadThroughCore(core, generated.csv, 'gros.csv');
    let taskId: string | null = null;
    const end = taskEnd(core, () => taskId);
    // Cancel as soon as the first rows are written (the first progress after the start).
    const stop = core.events.subscribe((event, payload) => {
      const progress = payload as { taskId: string; done: number };
      if (event === 'task:progress' && progress.taskId === taskId && progress.done > 0) void core.invoke('tasks:cancel', { taskId });
    });
    taskId = valueOf(await core.invoke('directory:importUpload', { uploadId })).taskId;
    const last = await end.ended;
    stop();
    expect(last.state).toBe('cancelled');
    await expectFixtureDirectory(core);
    expect(valueOf(await core.invoke('directory:status', {})).history[0]).toMatchObject({ outcome: 'cancelled', fileName: 'gros.csv' });
    expect(generationTables(core.dataDir)).toEqual(['ranks_1', 'search_1', 'services_1', 'structures_1']);
  });

  it('an import cut short by the app closing is rolled away at the next start', async () => {
    const core = await coreWithDirectory();
    let taskId: string | null = null;
    const closed = new Promise<void>((resolve) => {
      core.events.subscribe((event, payload) => {
        const progress = payload as { taskId: string; done: number };
        if (event === 'task:progress' && progress.taskId === taskId && progress.done > 0 && core.db.open) {
          core.close();
          resolve();
        }
      });
    });
    const uploadId = await uploadThroughCore(core, generated.csv, 'gros.csv');
    taskId = valueOf(await core.invoke('directory:importUpload', { uploadId })).taskId;
    await closed;
    // Half an import's tables are on disk now; a new start drops them and serves the old directory.
    expect(generationTables(core.dataDir)).toContain('structures_2');
    const again = cores.open({ dataDir: core.dataDir });
    await expectFixtureDirectory(again);
    expect(generationTables(core.dataDir)).toEqual(['ranks_1', 'search_1', 'services_1', 'structures_1']);
  });

  it('a successful import replaces the directory in one swap and drops the old tables', async () => {
    const core = await coreWithDirectory();
    expect((await importThroughCore(core, generated.zip)).last.state).toBe('done');
    const status = valueOf(await core.invoke('directory:status', {}));
    expect(status.current).toMatchObject({ fileName: 'annuaire-csv.zip', outcome: 'done' });
    expect(status.history.map((h) => h.fileName)).toEqual(['annuaire-csv.zip', 'annuaire-windows-1252.csv']);
    expect(valueOf(await core.invoke('directory:search', { text: 'college moliere' })).hits).toEqual([]);
    expect(generationTables(core.dataDir)).toEqual(['ranks_2', 'search_2', 'services_2', 'structures_2']);
  });

  it('one import at a time: a second one is refused while the first runs', async () => {
    const core = cores.open();
    const bytes = readFileSync(fixture('annuaire-windows-1252.csv'));
    const upload = async () => {
      const { uploadId } = valueOf(await core.invoke('directory:beginUpload', { fileName: 'a.csv', size: bytes.length }));
      valueOf(await core.invoke('directory:uploadChunk', { uploadId, index: 0, base64: bytes.toString('base64') }));
      return uploadId;
    };
    const [first, second] = [await upload(), await upload()];
    let taskId: string | null = null;
    const end = taskEnd(core, () => taskId);
    taskId = valueOf(await core.invoke('directory:importUpload', { uploadId: first })).taskId;
    const refused = await core.invoke('directory:importUpload', { uploadId: second });
    expect(refused).toMatchObject({ ok: false, error: { code: 'directory_import_running' } });
    expect((await end.ended).state).toBe('done');
  });
});
