import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CopyProgress } from '../../db/database-copy';
import type { BackupWorkerRequest } from './backup-worker';
import type { BackupInspection } from './inspect-backup';

type Reply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string }
  | { id: number; progress: CopyProgress };
type Waiter = { resolve: (value: unknown) => void; reject: (error: Error) => void; onProgress?: (progress: CopyProgress) => void };

/**
 * Where the worker's code is: beside the bundled main process in the built app (out/main/backup-worker.js),
 * else the TypeScript source through a small tsx bootstrap (tests and the browser host run from sources).
 */
function workerScript(): string {
  const built = join(__dirname, 'backup-worker.js');
  return existsSync(built) ? built : join(__dirname, 'worker-from-sources.cjs');
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Waiter>();

function failAll(error: Error): void {
  for (const waiter of pending.values()) waiter.reject(error);
  pending.clear();
}

/**
 * One worker thread for the whole process, started on first use and kept: starting one costs more than most
 * checks. It holds the process alive only while a request waits (referenced then, unreferenced when idle). A crash or a termination starts a new one
 * on the next request.
 */
function sharedWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(workerScript());
  started.on('message', (reply: Reply) => {
    const waiter = pending.get(reply.id);
    if ('progress' in reply) return waiter?.onProgress?.(reply.progress);
    pending.delete(reply.id);
    if (pending.size === 0) started.unref();
    if (!waiter) return;
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(new Error(reply.message));
  });
  started.on('error', (error) => failAll(error));
  started.on('exit', (code) => {
    if (worker === started) worker = null;
    failAll(new Error(`backup worker stopped (${code})`));
  });
  worker = started;
  return started;
}

/** Copies a checked database file into the live one, in the worker (see backup-worker.ts). */
export async function copyIntoInWorker(source: string, destination: string): Promise<void> {
  await request({ op: 'copy-into', source, destination });
}

/** The backup's copy of the live database, made in the worker (see backup-worker.ts), with its progress. */
export async function copyOutInWorker(
  source: string,
  destination: string,
  options: { signal?: AbortSignal; onProgress?: (progress: CopyProgress) => void } = {},
): Promise<{ totalPages: number }> {
  return (await request({ op: 'copy-out', source, destination }, options.signal, options.onProgress)) as { totalPages: number };
}

/** Runs one inspection in the worker thread; an aborted `signal` terminates it (a cancelled task). */
export async function inspectInWorker(inspection: Extract<BackupWorkerRequest, { op: 'inspect' | 'prepare-restore' }>, signal?: AbortSignal): Promise<BackupInspection> {
  return (await request(inspection, signal)) as BackupInspection;
}

function request(message: BackupWorkerRequest, signal?: AbortSignal, onProgress?: Waiter['onProgress']): Promise<unknown> {
  const target = sharedWorker();
  const id = nextId++;
  return new Promise<unknown>((resolve, reject) => {
    const abort = () => void target.terminate();
    signal?.addEventListener('abort', abort, { once: true });
    const done = () => signal?.removeEventListener('abort', abort);
    pending.set(id, {
      resolve: (value) => (done(), resolve(value)),
      reject: (error) => (done(), reject(error)),
      onProgress,
    });
    target.ref();
    target.postMessage({ id, request: message });
  });
}
