import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppCore } from '../../../main/app/open-app-core';
import type { Core } from '../../../main/app/create-core';
import { latestVersion } from '../../../main/db/migrations';
import { databasePath } from '../../../main/db/open-database';
import { draftFor, franchiseLine, setUpSeller, valueOf } from '../../support/invoicing-setup';
import { refusalOf } from '../../support/refusal';
import { useCleanups } from '../../support/cleanups';
import { mountTinyFilesystem, type TinyFilesystem } from '../../support/tiny-filesystem';

/** Writes a file until the filesystem says ENOSPC: the disk is then full to the last block. */
function fillUp(dir: string): string {
  const path = join(dir, 'remplissage.bin');
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(4096, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
  return path;
}


/** Every file under `dir` (the logs and work folders too) with its SHA-256. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex')];
      }),
  );
}

function integrity(dataDir: string): string {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

const probe = mountTinyFilesystem(64);
const reason = typeof probe === 'string' ? probe : null;
if (typeof probe !== 'string') probe.unmount();
if (reason) console.warn(`skipped: full disk and read-only folder need a real tiny filesystem, and ${reason}`);

// A real tmpfs gives real ENOSPC and EROFS from the kernel; without mount rights the tests say why they skip.
describe.skipIf(reason !== null)('a full disk or a read-only data folder', () => {
  const { onCleanup } = useCleanups();
  const mount = (sizeKb: number): TinyFilesystem => {
    const fs = mountTinyFilesystem(sizeKb);
    if (typeof fs === 'string') throw new Error(fs);
    onCleanup(fs.unmount);
    return fs;
  };
  const open = (dataDir: string): Core => {
    const core = openAppCore({ dataDir, transport: 'browser' });
    onCleanup(() => core.close());
    return core;
  };

  it('at start on a full disk: a French message, and a clean start once there is room', () => {
    const fs = mount(2048);
    const filler = fillUp(fs.path);
    const dataDir = join(fs.path, 'Facturier');
    const refused = refusalOf(() => openAppCore({ dataDir, transport: 'browser' }));
    expect(refused.code).toBe('disk_full');
    expect(refused.message).toMatch(/disque est plein/);

    rmSync(filler);
    const core = open(dataDir);
    expect(core.db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('at a write on a full disk: a French message, nothing half-written, and the same write works once there is room', async () => {
    const fs = mount(4096);
    const dataDir = join(fs.path, 'Facturier');
    const core = open(dataDir);
    const { customerId } = await setUpSeller(core);
    valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    const filler = fillUp(fs.path);

    const longLine = { ...franchiseLine, description: 'Atelier de pâtisserie '.repeat(45) };
    const big = draftFor(customerId, { lines: Array.from({ length: 1000 }, () => longLine) });
    const refused = await core.invoke('invoices:createDraft', { draft: big });
    expect(refused).toMatchObject({ ok: false, error: { code: 'disk_full', message: expect.stringMatching(/disque est plein/) } });
    expect(valueOf(await core.invoke('invoices:list', {})).rows).toHaveLength(1);

    rmSync(filler);
    expect(valueOf(await core.invoke('invoices:createDraft', { draft: big })).draft?.lines).toHaveLength(1000);
    expect(valueOf(await core.invoke('invoices:list', {})).rows).toHaveLength(2);
    core.close();
    expect(integrity(dataDir)).toBe('ok');
  });

  it('at start on a read-only folder: a French message, and not a byte changed', () => {
    const fs = mount(2048);
    const dataDir = join(fs.path, 'Facturier');
    open(dataDir).close();
    const before = snapshot(dataDir);
    fs.remountReadOnly();
    onCleanup(() => fs.remountWritable());

    const refused = refusalOf(() => openAppCore({ dataDir, transport: 'browser' }));
    expect(refused.code).toBe('storage_read_only');
    expect(refused.message).toMatch(/lecture seule/);
    expect(snapshot(dataDir)).toEqual(before);
    const fresh = refusalOf(() => openAppCore({ dataDir: join(fs.path, 'Nouveau'), transport: 'browser' }));
    expect(fresh.code).toBe('storage_read_only');
  });
});
