import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../main/app/create-core';
import { AppError } from '../../../main/errors/app-error';
import { useTestCores } from '../../support/test-core';
import { draftFor, setUpSeller, valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();
const mounts: string[] = [];
afterEach(() => {
  for (const dir of mounts.splice(0)) {
    execFileSync('umount', ['-l', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A real full disk and a real read-only medium need a filesystem mounted for the test (root, as on CI). */
const canMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = mkdtempSync(join(tmpdir(), 'facturier-mount-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe]);
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
})();

describe('a full disk or a data folder that cannot be written', () => {
  it('a full disk: the issue is refused in French and nothing is half-written', async () => {
    const core = cores.open();
    const { customerId } = await setUpSeller(core);
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    // SQLite's own "disk full" (SQLITE_FULL): the database may not grow by one more page.
    const pages = core.db.pragma('page_count', { simple: true }) as number;
    core.db.pragma(`max_page_count = ${pages + 1}`);
    expect(await core.invoke('invoices:issue', { id })).toEqual({
      ok: false,
      error: { code: 'disk_full', message: expect.stringMatching(/disque est plein/) },
    });
    core.db.pragma('max_page_count = 1073741823');
    expect(valueOf(await core.invoke('invoices:get', { id }))).toMatchObject({ status: 'draft', number: null });
    expect(core.db.prepare('SELECT count(*) FROM invoice_files').pluck().get()).toBe(0);
    expect(valueOf(await core.invoke('journal:verify', {}))).toMatchObject({ isIntact: true, findings: [] });
    expect(valueOf(await core.invoke('invoices:issue', { id })).number).toBe('F-2026-0001');
  });

  it('a read-only database: every write is refused in French, reads go on', async () => {
    const core = cores.open();
    const { customerId } = await setUpSeller(core);
    core.db.pragma('query_only = 1'); // what SQLite answers on a read-only medium: SQLITE_READONLY
    expect(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) })).toMatchObject({
      ok: false,
      error: { code: 'storage_read_only', message: expect.stringMatching(/lecture seule/) },
    });
    expect(valueOf(await core.invoke('invoices:list', {})).rows).toEqual([]);
  });

  it.skipIf(!canMount)('a data folder on a full disk: the same French refusal, then it works once there is room', async () => {
    const dataDir = mountTmpfs('size=2m');
    const core = cores.open({ dataDir });
    const { customerId } = await setUpSeller(core);
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    const filler = join(dataDir, 'filler');
    try {
      for (;;) appendFileSync(filler, Buffer.alloc(16 * 1024));
    } catch (error) {
      expect((error as { code?: string }).code).toBe('ENOSPC');
    }
    expect(await core.invoke('invoices:issue', { id })).toMatchObject({ ok: false, error: { code: 'disk_full' } });
    rmSync(filler);
    expect(valueOf(await core.invoke('journal:verify', {}))).toMatchObject({ isIntact: true, findings: [] });
    expect(valueOf(await core.invoke('invoices:issue', { id })).number).toBe('F-2026-0001');
  });

  it.skipIf(!canMount)('a data folder on a read-only medium: the start says so in French', async () => {
    const dataDir = mountTmpfs('size=4m');
    const first = cores.open({ dataDir });
    await setUpSeller(first);
    first.close();
    execFileSync('mount', ['-o', 'remount,ro', dataDir]);
    let thrown: unknown;
    try {
      createCore({ dataDir, transport: 'browser' }).close();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).message).toMatch(/lecture seule|ne peut pas lire ou écrire son dossier|disque n’a pas pu écrire/);
  });
});

/** A small filesystem of its own (tmpfs), removed after the test: needs root and mount, as on CI. */
function mountTmpfs(options: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'facturier-mount-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}
