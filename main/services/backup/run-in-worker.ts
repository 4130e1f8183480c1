import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CopyProgress } from '../../db/database-copy';
import type { BackupManifestFacts } from './backup-manifest';
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

/** A worker thread and the requests it has not answered yet. */
interface Lane {
  worker: Worker | null;
  pending: Map<number, Waiter>;
}

/** Two lanes, so that a backup's two longest checks run side by side (make-backup.ts); most requests use the first. */
const lanes: Lane[] = [
  { worker: null, pending: new Map() },
  { worker: null, pending: new Map() },
];
let nextId = 0;

function failAll(lane: Lane, error: Error): void {
  for (const waiter of lane.pending.values()) waiter.reject(error);
  lane.pending.clear();
}

/**
 * One worker thread per lane for the whole process, started on first use and kept: starting one costs more than most
 * checks. It holds the process alive only while a request waits (referenced then, unreferenced when idle). A crash or a termination starts a new one
 * on the next request.
 */
function laneWorker(lane: Lane): Worker {
  if (lane.worker) return lane.worker;
  const started = new Worker(workerScript());
  started.on('message', (reply: Reply) => {
    const waiter = lane.pending.get(reply.id);
    if ('progress' in reply) return waiter?.onProgress?.(reply.progress);
    lane.pending.delete(reply.id);
    if (lane.pending.size === 0) started.unref();
    if (!waiter) return;
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(new Error(reply.message));
  });
  started.on('error', (error) => failAll(lane, error));
  started.on('exit', (code) => {
    if (lane.worker === started) lane.worker = null;
    failAll(lane, new Error(`backup worker stopped (${code})`));
  });
  lane.worker = started;
  return started;
}

/** Copies a checked database file into the live one, in the worker (see backup-worker.ts). */
export async function copyIntoInWorker(source: string, destination: string): Promise<void> {
  await request({ op: 'copy-into', source, destination });
}

/** The backup's copy of the live database through SQLite's backup API, made in the worker (see backup-worker.ts), with its progress. */
export async function copyOutInWorker(
  source: string,
  destination: string,
  options: { signal?: AbortSignal; onProgress?: (progress: CopyProgress) => void } = {},
): Promise<{ totalPages: number }> {
  return (await request({ op: 'copy-out', source, destination }, options.signal, options.onProgress)) as { totalPages: number };
}

/** Makes a fresh copy a self-contained backup file carrying its manifest, in the worker (backup-manifest.ts). */
export async function sealInWorker(path: string, manifest: BackupManifestFacts, signal?: AbortSignal): Promise<void> {
  await request({ op: 'seal', path, manifest }, signal);
}

/** Runs one inspection in the worker thread; an aborted `signal` terminates it (a cancelled task). */
export async function inspectInWorker(inspection: Extract<BackupWorkerRequest, { op: 'inspect' | 'prepare-restore' }>, signal?: AbortSignal): Promise<BackupInspection> {
  return (await request(inspection, signal)) as BackupInspection;
}

/**
 * Starts both worker threads if they are not running: loading their code takes a moment (0.75 s from the
 * TypeScript sources), better spent while the database file is being copied than when the checks begin.
 */
export function prepareWorkers(): void {
  for (const lane of lanes) request({ op: 'ready' }, undefined, undefined, lane).catch(() => undefined);
}

/** SQLite's integrity check of a file in the second worker thread: the refusal it earns, or null when sound. */
export async function integrityInWorker(path: string, options: { signal?: AbortSignal; mapped?: boolean } = {}): Promise<BackupInspection['problem']> {
  return (await request({ op: 'integrity', path, mapped: options.mapped }, options.signal, undefined, lanes[1])) as BackupInspection['problem'];
}

function request(message: BackupWorkerRequest, signal?: AbortSignal, onProgress?: Waiter['onProgress'], lane = lanes[0] as Lane): Promise<unknown> {
  const target = laneWorker(lane);
  const id = nextId++;
  return new Promise<unknown>((resolve, reject) => {
    const abort = () => void target.terminate();
    signal?.addEventListener('abort', abort, { once: true });
    const done = () => signal?.removeEventListener('abort', abort);
    lane.pending.set(id, {
      resolve: (value) => (done(), resolve(value)),
      reject: (error) => (done(), reject(error)),
      onProgress,
    });
    target.ref();
    target.postMessage({ id, request: message });
  });
}
