import type { Database } from 'better-sqlite3';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  DIRECTORY_STALE_AFTER_DAYS,
  DirectoryImportReport,
  type DirectoryImport,
  type DirectoryStatus,
  type DirectoryStructure,
} from '@shared/public-directory/public-directory';
import { directoryPath } from '../../db/public-directory/open-directory-database';
import { dropAbandonedGenerations } from '../../db/public-directory/directory-generations';
import { createDirectoryImportsRepository, type ImportRecord } from '../../db/public-directory/directory-imports-repository';
import { createDirectorySearchQueries } from '../../db/public-directory/directory-search-queries';
import { AppError } from '../../errors/app-error';
import type { EventBus } from '../../events/event-bus';
import type { BackgroundJob } from '../../app/background-job';
import type { Clock } from '../clock';
import { TaskCancelled, type TaskRunner } from '../tasks/task-runner';
import type { DirectoryDownloader } from './directory-downloader';
import { searchDirectory, toHit } from './directory-search';
import { originOf, type SourceDescription } from './directory-source';
import { createDirectoryUploads } from './directory-uploads';
import { importInWorker } from './import-in-worker';

export interface PublicDirectoryDeps {
  db: Database;
  dataDir: string;
  clock: Clock;
  tasks: TaskRunner;
  events: EventBus;
  /** The Chorus Pro client, when there is one (see directory-downloader.ts). */
  downloader?: DirectoryDownloader;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const HISTORY = 10;

function toImport(record: ImportRecord): DirectoryImport {
  const parsed = DirectoryImportReport.safeParse(JSON.parse(record.report));
  return { ...record, report: parsed.success ? parsed.data : null };
}

/**
 * The directory of public structures: imports (a file or Chorus Pro's download) run as cancellable tasks in the
 * core, one at a time, into new tables swapped in at the end; searches read the generation in use meanwhile.
 */
export function createPublicDirectoryService(deps: PublicDirectoryDeps) {
  const { db, clock, tasks, events } = deps;
  const imports = createDirectoryImportsRepository(db);
  const queries = createDirectorySearchQueries(db);
  const uploads = createDirectoryUploads(deps.dataDir);
  let running: { taskId: string; done: Promise<unknown> } | null = null;

  async function runImport(source: SourceDescription, signal: AbortSignal, progress: (done: number, total: number, message: string) => void): Promise<DirectoryImport> {
    const startedAt = clock.now().toISOString();
    const started = performance.now();
    const record = (outcome: ImportRecord['outcome'], generation: number, report: DirectoryImportReport | null, error: string | null): ImportRecord => ({
      generation,
      source: originOf(source),
      fileName: source.fileName,
      startedAt,
      finishedAt: clock.now().toISOString(),
      durationMs: Math.round(performance.now() - started),
      outcome,
      structures: report?.structures ?? 0,
      services: report?.services ?? 0,
      rowsRead: report?.rowsRead ?? 0,
      rowsSkipped: report?.rowsSkipped ?? 0,
      report: JSON.stringify(report),
      error,
    });
    try {
      // Read and indexed in a worker thread; only the swap (one small transaction) runs on the core's thread.
      const filled = await importInWorker(directoryPath(deps.dataDir), source, { signal, progress });
      const done = record('done', filled.generation, filled.report, null);
      let previous: number | null;
      try {
        previous = imports.swapIn(done);
      } catch (error) {
        await filled.dropAndEnd(filled.generation);
        throw error;
      }
      await filled.dropAndEnd(previous);
      return toImport(done);
    } catch (error) {
      const isCancel = error instanceof TaskCancelled || signal.aborted;
      const message = isCancel ? 'Import annulé.' : error instanceof AppError ? error.message : 'Erreur inattendue pendant l’import.';
      if (db.open) {
        // Whatever a stopped worker committed (its own generation's tables) goes now, not at the next start.
        dropAbandonedGenerations(db);
        imports.recordFailure(record(isCancel ? 'cancelled' : 'failed', 0, null, message));
      }
      throw error;
    }
  }

  function startImport(open: () => SourceDescription | Promise<SourceDescription>, cleanup: () => void = () => {}): { taskId: string } {
    if (running) throw AppError.of('directory_import_running');
    const task = tasks.start('directory-import', 'Import de l’annuaire des structures publiques', async ({ signal, progress }) => {
      try {
        // The caller learns the task's id before anything can end it (a download that fails at once).
        await new Promise((resolve) => setImmediate(resolve));
        return await runImport(await open(), signal, progress);
      } finally {
        // Free before the runner reports the end, so a new import may start as soon as the page sees it.
        running = null;
        cleanup();
      }
    });
    const done = task.result
      .catch(() => undefined)
      .finally(() => {
        if (db.open) events.emit('data:changed', { lists: ['public-directory'] });
      });
    running = { taskId: task.taskId, done };
    return { taskId: task.taskId };
  }

  const canRefreshOnline = () => deps.downloader !== undefined && (deps.downloader.isAvailable?.() ?? true);

  return {
    status(): DirectoryStatus {
      const current = imports.current();
      const ageDays = current ? Math.floor((clock.now().getTime() - Date.parse(current.finishedAt)) / DAY_MS) : null;
      let fileSize = 0;
      for (const suffix of ['', '-wal']) fileSize += statSync(`${directoryPath(deps.dataDir)}${suffix}`, { throwIfNoEntry: false })?.size ?? 0;
      return {
        current: current ? toImport(current) : null,
        isStale: ageDays === null || ageDays > DIRECTORY_STALE_AFTER_DAYS,
        ageDays,
        fileSize,
        canRefreshOnline: canRefreshOnline(),
        runningTaskId: running?.taskId ?? null,
        history: imports.history(HISTORY).map(toImport),
      };
    },
    search(text: string, limit: number) {
      return { hits: searchDirectory(queries, text, limit), isDirectoryEmpty: queries.isEmpty() };
    },
    structure(siret: string): DirectoryStructure {
      const row = queries.bySiret(siret);
      if (!row) throw new AppError('not_found', 'Cette structure n’est pas (ou plus) dans l’annuaire : importez un annuaire à jour.');
      const { matchedOn: _matchedOn, ...hit } = toHit(row, 'identifier');
      return {
        ...hit,
        paymentStatusReported: row.payment_status_reported === null ? null : row.payment_status_reported === 1,
        services: queries.services(row.id).map((s) => ({ code: s.code, label: s.label, isActive: s.is_active === 1 })),
      };
    },
    /** Imports a file already on this machine (tests, the desktop app's file dialog). */
    importFile(path: string, fileName?: string) {
      return startImport(() => ({ kind: 'file', path, fileName: fileName ?? basename(path) }));
    },
    beginUpload: (fileName: string, size: number) => ({ uploadId: uploads.begin(fileName, size) }),
    uploadChunk: (uploadId: string, index: number, base64: string) => ({ received: uploads.append(uploadId, index, Buffer.from(base64, 'base64')) }),
    importUpload(uploadId: string) {
      const file = uploads.take(uploadId);
      try {
        return startImport(() => ({ kind: 'file', path: file.path, fileName: file.fileName }), file.remove);
      } catch (error) {
        file.remove();
        throw error;
      }
    },
    /** « Mettre à jour l’annuaire »: downloads it from Chorus Pro, then imports it like a file. */
    refreshOnline() {
      const downloader = deps.downloader;
      if (!downloader || !canRefreshOnline()) throw AppError.of('directory_online_unavailable');
      return startImport(async () => {
        let bytes: Buffer;
        try {
          bytes = await downloader.downloadDirectory();
        } catch (error) {
          throw error instanceof AppError ? error : AppError.of('directory_download_failed');
        }
        return { kind: 'bytes', bytes, fileName: 'annuaire-chorus-pro.zip', origin: 'chorus' } satisfies SourceDescription;
      });
    },
    /** Stops with the core: a running import is cancelled and its tables dropped before the file closes. */
    job: {
      name: 'public-directory-import',
      start() {},
      async stop() {
        await running?.done;
        uploads.removeAll();
      },
    } satisfies BackgroundJob,
  };
}

export type PublicDirectoryService = ReturnType<typeof createPublicDirectoryService>;
