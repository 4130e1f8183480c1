import { isEventName } from '@shared/ipc/events';
import { fail, type Result } from '@shared/ipc/result';
import type { StartupFailure } from '../app/startup-failure';
import { EventBus } from '../events/event-bus';
import type { Invoke } from '../ipc/invoker';
import type { DesktopActions } from '../services/desktop-actions';
import type { CorePort, CoreStartOptions, DesktopRequest, FromCore } from './core-protocol';

export class CoreStartFailure extends Error {
  constructor(readonly failure: StartupFailure) {
    super(failure.message);
    this.name = 'CoreStartFailure';
  }
}

export interface CoreClient {
  /** Resolves once the core has opened the data; rejects with a CoreStartFailure (French) otherwise. */
  start(options: CoreStartOptions): Promise<void>;
  invoke: Invoke;
  /** The core's events, re-emitted on this side (to the window). */
  events: EventBus;
  /** Asks the core to stop its work and close the data; resolves when it says it has. */
  stop(): Promise<void>;
  /** The core process ended (crash or stop): every call still waiting gets a French failure. */
  onExit(): void;
}

const LOST = 'Le moteur de Facturier s’est arrêté : relancez Facturier. Ce qui était enregistré est conservé.';

/**
 * Main's side of the core process: `invoke` as the handler table would answer, over messages. Main keeps
 * what only the shell can do (`desktop`) and answers the core's requests for it.
 */
export function createCoreClient(port: CorePort, desktop: DesktopActions): CoreClient {
  const events = new EventBus();
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let starting: { resolve: () => void; reject: (error: Error) => void } | null = null;
  let stopping: (() => void) | null = null;
  let isGone = false;
  let nextId = 1;

  const doDesktop = async (request: DesktopRequest): Promise<string | null> => {
    if (request.action === 'openFile') {
      await desktop.openFile(request.fileName, Buffer.from(request.bytes));
      return null;
    }
    if (request.action === 'chooseSavePath') return desktop.chooseSavePath(request.options);
    if (request.action === 'chooseOpenPath') return desktop.chooseOpenPath(request.options);
    if (request.action === 'openExternal') {
      if (!desktop.openExternal) throw new Error('no system browser');
      await desktop.openExternal(request.url);
      return null;
    }
    desktop.notify?.(request.title, request.body);
    return null;
  };
  const answerDesktop = (message: Extract<FromCore, { kind: 'desktop' }>) =>
    doDesktop(message.request).then(
      (value) => port.postMessage({ kind: 'desktop-done', id: message.id, problem: null, value }),
      (error: unknown) => port.postMessage({ kind: 'desktop-done', id: message.id, problem: error instanceof Error ? error.message : 'erreur', value: null }),
    );

  port.onMessage((raw) => {
    const message = raw as FromCore;
    if (message.kind === 'result') {
      pending.get(message.id)?.(message.result as Result<unknown>);
      pending.delete(message.id);
    } else if (message.kind === 'event') {
      if (isEventName(message.event)) events.emit(message.event, message.payload as never);
    } else if (message.kind === 'desktop') {
      void answerDesktop(message);
    } else if (message.kind === 'started') {
      starting?.resolve();
      starting = null;
    } else if (message.kind === 'start-failed') {
      starting?.reject(new CoreStartFailure(message.failure));
      starting = null;
    } else if (message.kind === 'stopped') {
      stopping?.();
      stopping = null;
    }
  });

  return {
    events,
    start: (options) =>
      new Promise<void>((resolve, reject) => {
        starting = { resolve, reject };
        port.postMessage({ kind: 'start', options });
      }),
    invoke: (channel, input) => {
      if (isGone) return Promise.resolve(fail('internal', LOST));
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        port.postMessage({ kind: 'invoke', id, channel, input });
      });
    },
    stop: () =>
      isGone
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            stopping = resolve;
            port.postMessage({ kind: 'stop' });
          }),
    onExit() {
      isGone = true;
      for (const resolve of pending.values()) resolve(fail('internal', LOST));
      pending.clear();
      starting?.reject(new CoreStartFailure({ title: 'Facturier ne peut pas démarrer', message: LOST, exitCode: 1 }));
      starting = null;
      stopping?.();
      stopping = null;
    },
  };
}
