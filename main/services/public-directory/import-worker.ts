/**
 * The worker thread that imports a directory file: reading 150,000 structures and building their indexes
 * takes seconds of CPU, and the core (searches, invoices, the window's requests) must never wait for it.
 * Built to out/main/directory-import-worker.js (electron.vite.config.ts); from the TypeScript sources,
 * import-in-worker.ts loads it through tsx.
 *
 * It fills a new generation of tables in the directory file through its own connection, reports progress,
 * then waits for the core to swap the generation in and say which one to drop (the previous one, or its own
 * if the swap failed), so dropping a large generation never holds the core's thread either. Cancelling
 * terminates the thread: SQLite rolls back the open transaction and the core drops what was committed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { dropGeneration } from '../../db/public-directory/directory-generations';
import { openDirectoryForImport } from '../../db/public-directory/open-directory-database';
import { AppError } from '../../errors/app-error';
import { openSource, type SourceDescription } from './directory-source';
import { importIntoNewGeneration } from './import-directory';
import type { WorkerMessage, WorkerOrder } from './import-in-worker';

export interface ImportWorkerData {
  databasePath: string;
  source: SourceDescription;
}

const port = parentPort;

async function main(): Promise<void> {
  if (!port) return;
  const { databasePath, source } = workerData as ImportWorkerData;
  const post = (message: WorkerMessage) => port.postMessage(message);
  const db = openDirectoryForImport(databasePath);
  try {
    const { generation, report } = await importIntoNewGeneration(db, openSource(source), {
      signal: new AbortController().signal,
      progress: (done, total, message) => post({ type: 'progress', done, total, message }),
    });
    const order = new Promise<WorkerOrder>((resolve) => port.once('message', resolve));
    post({ type: 'filled', generation, report });
    const { drop } = await order;
    if (drop !== null) dropGeneration(db, drop);
    post({ type: 'dropped' });
  } catch (error) {
    post({ type: 'failed', code: error instanceof AppError ? error.code : null, message: error instanceof Error ? error.message : String(error) });
  } finally {
    db.close();
  }
}

void main();
