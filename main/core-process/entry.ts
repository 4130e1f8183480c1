/**
 * Entry of the core process. Under Electron (utilityProcess.fork) it talks through `process.parentPort`;
 * under Node (child_process.fork, in tests) through the IPC channel: the same messages either way.
 * No electron import: the core never depends on the shell.
 */
import type { CorePort } from './core-protocol';
import { serveCore } from './serve-core';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

function parentPortOf(): CorePort {
  const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
  if (parentPort) {
    return { postMessage: (message) => parentPort.postMessage(message), onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)) };
  }
  if (process.send) {
    const sendToParent = process.send.bind(process);
    return { postMessage: (message) => void sendToParent(message), onMessage: (listener) => void process.on('message', listener) };
  }
  throw new Error('core process started without a parent to talk to');
}

// Everything this process writes is app data, private to the user (Windows: the profile protects it).
if (process.platform !== 'win32') process.umask(0o077);
serveCore(parentPortOf(), () => process.exit(0));
