import type { DirectoryImportReport } from '@shared/public-directory/public-directory';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '@shared/errors/error-codes';
import { AppError } from '../../errors/app-error';
import { TaskCancelled } from '../tasks/task-runner';
import type { SourceDescription } from './directory-source';
import type { ImportProgress } from './import-directory';
import type { ImportWorkerData } from './import-worker';

/** What the worker says, in order: progress…, then `filled` (or `failed`), then `dropped` once told what to drop. */
export type WorkerMessage =
  | { type: 'progress'; done: number; total: number; message: string }
  | { type: 'filled'; generation: number; report: DirectoryImportReport }
  | { type: 'failed'; code: string | null; message: string }
  | { type: 'dropped' };

/** What the core answers to `filled`: the generation to drop (the one swapped out, or the new one if the swap failed). */
export interface WorkerOrder {
  drop: number | null;
}

export interface FilledGeneration {
  generation: number;
  report: DirectoryImportReport;
  /** Drops `generation` (or nothing) in the worker, then lets it end. */
  dropAndEnd(generation: number | null): Promise<void>;
}

/** Beside the bundled core in the built app (out/main/directory-import-worker.js), else the sources through tsx. */
function workerScript(): string {
  const built = join(__dirname, 'directory-import-worker.js');
  return existsSync(built) ? built : join(__dirname, 'import-worker-from-sources.cjs');
}

const failureOf = (message: Extract<WorkerMessage, { type: 'failed' }>): Error =>
  message.code === null ? new Error(message.message) : new AppError(message.code as ErrorCode, message.message);

/**
 * Imports a directory file into a new generation in a worker thread (import-worker.ts) and resolves once it is
 * filled; the caller swaps it in, then says what to drop. An aborted `signal` terminates the worker at once:
 * the promise rejects with TaskCancelled once the thread is gone (its uncommitted work rolled back), and the
 * caller drops the tables it left.
 */
export function importInWorker(databasePath: string, source: SourceDescription, context: ImportProgress): Promise<FilledGeneration> {
  const workerData: ImportWorkerData = { databasePath, source };
  const worker = new Worker(workerScript(), { workerData });
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  let dropped: (() => void) | null = null;
  return new Promise<FilledGeneration>((resolve, reject) => {
    let failure: Error | null = null;
    const abort = () => {
      failure = new TaskCancelled();
      void worker.terminate();
    };
    if (context.signal.aborted) abort();
    else context.signal.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') context.progress(message.done, message.total, message.message);
      else if (message.type === 'failed') failure ??= failureOf(message);
      else if (message.type === 'dropped') dropped?.();
      else if (message.type === 'filled') {
        resolve({
          generation: message.generation,
          report: message.report,
          dropAndEnd(generation) {
            context.signal.removeEventListener('abort', abort);
            const done = new Promise<void>((ended) => (dropped = ended));
            worker.postMessage({ drop: generation } satisfies WorkerOrder);
            return Promise.race([done, exited.then(() => undefined)]);
          },
        });
      }
    });
    worker.on('error', (error) => (failure ??= error));
    void exited.then((code) => {
      context.signal.removeEventListener('abort', abort);
      reject(failure ?? new Error(`directory import worker stopped (${code})`));
    });
  });
}
