import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAppCore } from '../../../main/app/open-app-core';
import { createCoreClient, CoreStartFailure, type CoreClient } from '../../../main/core-process/core-client';
import type { CorePort, CoreStartOptions } from '../../../main/core-process/core-protocol';
import { draftFor, setUpSeller, valueOf } from '../../support/invoicing-setup';
import { useCleanups } from '../../support/cleanups';
import { makeTempDir } from '../../support/temp-dir';

const ENTRY = resolve(__dirname, '../../../main/core-process/entry.ts');

interface Forked {
  child: ChildProcess;
  client: CoreClient;
  opened: Array<{ fileName: string; bytes: Buffer }>;
  exited: Promise<number | null>;
}

/** The core process as the desktop app runs it, but forked by Node: the same entry, the same messages. */
function forkCore(): Forked {
  const child = fork(ENTRY, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port: CorePort = { postMessage: (message) => void child.send(message as never), onMessage: (listener) => void child.on('message', listener) };
  const opened: Forked['opened'] = [];
  const client = createCoreClient(port, {
    openFile: async (fileName, bytes) => void opened.push({ fileName, bytes }),
    // No dialog in a test: as if the user cancelled.
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
  });
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => {
    client.onExit();
    resolveExit(code);
  }));
  return { child, client, opened, exited };
}

// Each test forks a Node process through tsx: slow on a loaded machine, hence the longer time limit.
describe('the core in its own process (the desktop app’s utilityProcess, forked here by Node)', { timeout: 120_000 }, () => {
  const { tempDir, onCleanup } = useCleanups();
  const started = async (dataDir: string, secretKey?: CoreStartOptions['secretKey']) => {
    const forked = forkCore();
    onCleanup(() => forked.child.kill('SIGKILL'));
    await forked.client.start({ dataDir, validateOutput: true, secretKey });
    return forked;
  };

  describe('one core process through a session of work', () => {
    const dataDir = makeTempDir();
    let forked: Forked;
    beforeAll(async () => {
      forked = forkCore();
      await forked.client.start({ dataDir: dataDir.path, validateOutput: true });
    });
    afterAll(() => {
      forked.child.kill('SIGKILL');
      dataDir.remove();
    });

    it('answers the contract’s channels, refuses bad ones with { ok: false }, and forwards its events', async () => {
      const { client } = forked;
      expect(valueOf(await client.invoke('app:info', {}))).toMatchObject({ transport: 'electron', dataDir: dataDir.path });
      expect(await client.invoke('fichiers:lire', {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      expect(await client.invoke('company:save', { legalName: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      const changes: unknown[] = [];
      client.events.subscribe((event, payload) => changes.push({ event, payload }));
      const { customerId } = await setUpSeller({ invoke: client.invoke } as never);
      valueOf(await client.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
      expect(changes).toContainEqual({ event: 'data:changed', payload: { lists: ['invoices'] } });
    });

    it('asks main to open a file, with its bytes (« Ouvrir le PDF »)', async () => {
      const { client, opened } = forked;
      const { customerId } = await setUpSeller({ invoke: client.invoke } as never);
      const draft = valueOf(await client.invoke('invoices:createDraft', { draft: draftFor(customerId) })) as { id: number };
      valueOf(await client.invoke('invoices:issue', { id: draft.id }));
      expect(valueOf(await client.invoke('invoices:openFile', { id: draft.id, kind: 'pdf' }))).toEqual({ opened: true });
      expect(opened).toHaveLength(1);
      expect(opened[0]?.fileName).toMatch(/\.pdf$/);
      expect(opened[0]?.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('stops cleanly: closes the data and gives the lock back', async () => {
      await forked.client.stop();
      expect(await forked.exited).toBe(0);
      openAppCore({ dataDir: dataDir.path, transport: 'browser' }).close();
    });
  });

  it('keeps secrets with the key main gives it (the OS keychain’s), never in plain text', async () => {
    const dataDir = tempDir();
    const { client } = await started(dataDir, new Uint8Array(randomBytes(32)));
    const saved = await client.invoke('chorusConnection:save', {
      environment: 'qualification',
      pisteClientId: 'client-id-123',
      pisteClientSecret: 'secret-client-tres-prive',
      technicalLogin: 'TECH_1_boulangerie@cpro.fr',
      technicalPassword: 'mot-de-passe-tres-prive',
    });
    expect(saved).toMatchObject({ ok: true, value: { hasPisteClientSecret: true, hasTechnicalPassword: true } });
    const secrets = readFileSync(join(dataDir, 'secrets.json'), 'utf8');
    expect(secrets).not.toContain('secret-client-tres-prive');
    expect(() => readFileSync(join(dataDir, 'secrets.key'))).toThrow(); // no key file beside the data
  });

  it('reports a folder already in use as a French start failure, and exits when told to stop', async () => {
    const dataDir = tempDir();
    const holder = openAppCore({ dataDir, transport: 'browser' });
    onCleanup(() => holder.close());
    const forked = forkCore();
    onCleanup(() => forked.child.kill('SIGKILL'));
    const failure = await forked.client.start({ dataDir }).then(() => null, (error: unknown) => error);
    expect(failure).toBeInstanceOf(CoreStartFailure);
    expect((failure as CoreStartFailure).failure).toMatchObject({ title: 'Facturier est déjà ouvert', message: expect.stringMatching(/déjà ouvert/) });
    await forked.client.stop();
    expect(await forked.exited).toBe(0);
  });

  it('answers every waiting call in French when the core process dies', async () => {
    const forked = await started(tempDir());
    forked.child.kill('SIGKILL');
    await forked.exited;
    expect(await forked.client.invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringMatching(/moteur de Facturier s’est arrêté/) } });
  });
});
