import { fail } from '@shared/ipc/result';
import type { Core } from '../app/create-core';
import { openAppCore } from '../app/open-app-core';
import { describeStartupFailure } from '../app/startup-failure';
import type { DesktopActions } from '../services/desktop-actions';
import { createAesGcmCipher } from '../services/secrets/key-file-cipher';
import { ToCore, type CorePort, type CoreStartOptions, type DesktopRequest, type FromCore } from './core-protocol';

type DesktopAnswer = (problem: string | null, value: string | null) => void;

/** The desktop actions from the core process: main does them (open a file, dialogs), the core waits for its answer. */
function desktopThroughMain(send: (message: FromCore) => void, pending: Map<number, DesktopAnswer>): DesktopActions {
  let nextId = 1;
  const ask = (request: DesktopRequest) =>
    new Promise<string | null>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (problem, value) => (problem === null ? resolve(value) : reject(new Error(problem))));
      send({ kind: 'desktop', id, request });
    });
  return {
    openFile: async (fileName, bytes) => void (await ask({ action: 'openFile', fileName, bytes: new Uint8Array(bytes) })),
    chooseSavePath: (options) => ask({ action: 'chooseSavePath', options }),
    chooseOpenPath: (options) => ask({ action: 'chooseOpenPath', options }),
    openExternal: async (url) => void (await ask({ action: 'openExternal', url })),
    notify: (title, body) => void ask({ action: 'notify', title, body }).catch(() => undefined),
  };
}

/**
 * The core process's side: opens the core when main says `start` (the data folder lock is taken here,
 * in the process that holds the database), answers each `invoke`, forwards every event, and closes on
 * `stop`. A message that does not parse is dropped: only our own main process holds this port.
 */
export function serveCore(port: CorePort, onStopped: () => void = () => undefined): void {
  let core: Core | null = null;
  const send = (message: FromCore) => port.postMessage(message);
  const pendingDesktop = new Map<number, DesktopAnswer>();

  const start = (options: CoreStartOptions) => {
    if (core) return send({ kind: 'started' });
    try {
      core = openAppCore({
        dataDir: options.dataDir,
        transport: 'electron',
        validateOutput: options.validateOutput,
        secretCipher: options.secretKey ? createAesGcmCipher(Buffer.from(options.secretKey), 'os-keychain') : undefined,
        desktop: desktopThroughMain(send, pendingDesktop),
      });
    } catch (error) {
      return send({ kind: 'start-failed', failure: describeStartupFailure(error) });
    }
    core.events.subscribe((event, payload) => send({ kind: 'event', event, payload }));
    core.start();
    send({ kind: 'started' });
  };

  const stop = async () => {
    const open = core;
    core = null;
    if (open) {
      await open.stop();
      open.close();
    }
    send({ kind: 'stopped' });
    onStopped();
  };

  port.onMessage((raw) => {
    const parsed = ToCore.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    if (message.kind === 'start') return start(message.options);
    if (message.kind === 'stop') return void stop();
    if (message.kind === 'desktop-done') {
      pendingDesktop.get(message.id)?.(message.problem, message.value);
      return void pendingDesktop.delete(message.id);
    }
    if (!core) return send({ kind: 'result', id: message.id, result: fail('internal', 'Facturier n’a pas encore ouvert vos données : réessayez dans un instant.') });
    void core.invoke(message.channel, message.input).then((result) => send({ kind: 'result', id: message.id, result }));
  });
}
