import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBrowserHost } from '../../../main/host/browser-host';
import { chainHead, holdsHead } from '../../../main/services/journal/chain-head';
import { followTask, recordsOf, shopWithHistory } from '../../support/backup-setup';
import { valueOf } from '../../support/invoicing-setup';
import { exchangeLoginUrl } from '../../support/host-under-test';
import { useTestCores } from '../../support/test-core';

const cores = useTestCores();

async function hostFor(core: ReturnType<typeof cores.open>) {
  const host = await startBrowserHost({ invoke: core.invoke, events: core.events, transfers: core.transfers, rendererDir: cores.tempDir() });
  const base = `http://127.0.0.1:${host.port}`;
  // Signed in as the page is: the printed link traded for the session cookie.
  const session = await exchangeLoginUrl(host.newLoginUrl());
  return {
    host,
    ipc: async (channel: string, body: unknown) =>
      (await (await fetch(`${base}/ipc/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: session }, body: JSON.stringify(body) })).json()) as {
        ok: boolean;
        value: { status: string; taskId: string };
      },
    download: (id: string, cookie = session) => fetch(`${base}/files/${id}`, { headers: { Cookie: cookie } }),
    upload: (bytes: Buffer, headers: Record<string, string> = { Cookie: session }) =>
      fetch(`${base}/files`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent('ma sauvegarde.sqlite'), ...headers }, body: bytes }),
  };
}

describe('files through the browser host', () => {
  it('downloads a backup once, then restores it in another app through an upload', async () => {
    const shop = cores.open();
    await shopWithHistory(shop);
    const a = await hostFor(shop);
    const tasks = followTask(shop);
    const started = await a.ipc('backups:save', { includeSecrets: false });
    const done = await tasks.finished(started.value.taskId);
    const downloadId = (done.file as { downloadId: string }).downloadId;
    expect(await (await a.download(downloadId, 'facturier_session_1=inconnue')).json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const response = await a.download(downloadId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="Facturier-sauvegarde-2026-11-27.sqlite"; filename*=UTF-8\'\'Facturier-sauvegarde-2026-11-27.sqlite');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect((await a.download(downloadId)).status).toBe(404);
    expect(valueOf(await shop.invoke('backups:status', {})).lastGood).toMatchObject({ kind: 'manual' });
    await a.host.close();

    const fresh = cores.open();
    const b = await hostFor(fresh);
    expect((await b.upload(bytes, {})).status).toBe(401);
    const uploaded = (await (await b.upload(bytes)).json()) as { ok: boolean; value: { uploadId: string } };
    expect(uploaded.ok).toBe(true);
    const freshTasks = followTask(fresh);
    const restore = await b.ipc('backups:restore', { uploadId: uploaded.value.uploadId });
    expect(restore).toMatchObject({ ok: true, value: { status: 'started' } });
    expect(await freshTasks.finished(restore.value.taskId)).toMatchObject({ state: 'done' });
    // Restored without its secrets: the backup's head is still in the chain, anchored after it to the local key.
    expect(holdsHead(fresh.db, chainHead(shop.db))).toBe(true);
    expect((await recordsOf(fresh)).page).toEqual((await recordsOf(shop)).page);
    // The uploaded copy is deleted once used.
    expect(() => readFileSync(join(fresh.dataDir, 'travail', `televersement-${uploaded.value.uploadId}`))).toThrow();
    await b.host.close();
  });

  it('answers an unknown upload id in French', async () => {
    const core = cores.open();
    const c = await hostFor(core);
    expect(await c.ipc('backups:restore', { uploadId: '0'.repeat(32) })).toMatchObject({ ok: false, error: { code: 'not_found', message: 'Le fichier envoyé n’est plus disponible : choisissez-le de nouveau.' } });
    await c.host.close();
  });
});
