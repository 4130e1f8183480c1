import { utilityProcess } from 'electron';
import type { CorePort } from '../core-process/core-protocol';

export interface ForkedCore {
  port: CorePort;
  onExit(listener: (code: number) => void): void;
  kill(): void;
}

/**
 * Starts the core (database, documents, sender) in an Electron utilityProcess, off the window's process,
 * as Actual Budget runs its backend: the window never waits for a long write or a PDF. The entry is the
 * bundled main/core-process/entry.ts, which talks through `process.parentPort`.
 */
export function forkCoreUtilityProcess(entryPath: string): ForkedCore {
  const child = utilityProcess.fork(entryPath, [], { serviceName: 'Facturier (données)', stdio: 'inherit' });
  return {
    port: {
      postMessage: (message) => child.postMessage(message),
      onMessage: (listener) => void child.on('message', listener),
    },
    onExit: (listener) => void child.on('exit', listener),
    kill: () => void child.kill(),
  };
}
