import type { Database } from 'better-sqlite3';
import type { Channel, RequestOf, ResponseOf } from '@shared/ipc/contract';
import type { Result } from '@shared/ipc/result';
import { parisToday } from '@shared/dates/french-dates';
import { installFrenchValidationMessages } from '@shared/validation/zod-french';
import { openDatabase } from '../db/open-database';
import { withStorageErrors } from '../errors/storage-errors';
import { schemaVersion } from '../db/migrate';
import { createCompanyRepository } from '../db/repositories/company-repository';
import { EventBus } from '../events/event-bus';
import { createHandlerTable } from '../ipc/handler-table';
import { createInvoker, type Invoke } from '../ipc/invoker';
import { systemClock, type Clock } from '../services/clock';
import { createCompanyService } from '../services/company/company-service';
import type { DesktopActions } from '../services/desktop-actions';
import { backfillFiles } from '../services/documents/backfill-files';
import { createInvoiceFilesService } from '../services/documents/invoice-files-service';
import { createInvoicingServices } from '../services/invoicing/create-invoicing-services';
import { createNumberPatterns } from '../services/invoicing/number-patterns';
import { createJournalAnchor } from '../services/journal/journal-anchor';
import { createOnboardingService } from '../services/onboarding/onboarding-service';
import { APP_VERSION } from './app-version';
import { join } from 'node:path';
import { createSettingsRepository } from '../db/repositories/settings-repository';
import { createChorusConnectionService } from '../services/chorus-connection/chorus-connection-service';
import type { ChorusEndpoints } from '../services/chorus/chorus-endpoints';
import { createDemonstrationChorus } from '../services/chorus/demonstration-chorus';
import { createKeyFileCipher } from '../services/secrets/key-file-cipher';
import { createSecretStore, type SecretCipher } from '../services/secrets/secret-store';
import { systemScheduler, type Scheduler } from '../services/scheduler';
import { createTaskRunner, type TaskRunner } from '../services/tasks/task-runner';
import type { BackgroundJob } from './background-job';
import { openDirectoryDatabase } from '../db/public-directory/open-directory-database';
import type { DirectoryDownloader } from '../services/public-directory/directory-downloader';
import { createPublicDirectoryService } from '../services/public-directory/public-directory-service';
import { createChorusDirectoryDownloader } from '../services/public-directory/chorus-directory-downloader';
import { createBackupJob } from '../services/backup/backup-job';
import { createBackupService, type BackupService } from '../services/backup/backup-service';
import { createAppLogger, type Logger } from '../services/logging/logger';
import { createFileTransfers, type FileTransfers } from '../services/transfers/file-transfers';
import { createInvokeGate } from './invoke-gate';
import { createExportsService } from '../services/exports/exports-service';
import { createLogExport } from '../services/logging/log-export';
import { createSending } from '../services/sending/create-sending';
import type { SenderOptions } from '../services/sending/sender/sender-job';

export interface CoreOptions {
  dataDir: string;
  transport: 'electron' | 'browser';
  clock?: Clock;
  /** Timers of background work; tests pass a manual one (test/support/manual-scheduler.ts). */
  scheduler?: Scheduler;
  /** The network, for everything that leaves the machine (Chorus Pro); tests point it at the simulator. */
  fetch?: typeof fetch;
  /** Other addresses for Chorus Pro qualification or production (tests point them at the simulator). */
  chorusEndpoints?: Partial<Record<'qualification' | 'production', ChorusEndpoints>>;
  /** Tuning of the background sender (tests: short lease, fixed jitter, its own holder id). */
  sender?: Partial<SenderOptions>;
  /** The desktop app passes Electron's safeStorage; otherwise a key file beside the data (0600). */
  secretCipher?: SecretCipher;
  /** What only the desktop shell can do (open a file); absent in the browser host. */
  desktop?: DesktopActions;
  /** Check every response against the contract (tests and development). */
  validateOutput?: boolean;
  /** Where unexpected errors go; by default the technical log (`logger`). */
  logError?: (channel: string, error: unknown) => void;
  /** Downloads the directory of public structures; by default through the Chorus Pro connection. */
  directoryDownloader?: DirectoryDownloader;
  /** The technical log; by default pino into <dataDir>/logs, rotated and scrubbed (services/logging/). */
  logger?: Logger;
}

/**
 * `invoke` typed from the contract when the channel is known (services, tests), and untyped for the
 * transports, which pass on whatever a page sent: both go through the same validating wrapper.
 */
export interface CoreInvoke extends Invoke {
  <C extends Channel>(channel: C, input: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
}

export interface Core {
  invoke: CoreInvoke;
  events: EventBus;
  db: Database;
  tasks: TaskRunner;
  logger: Logger;
  /** Files the browser host serves to the page or receives from it (downloads of exports, uploads to restore). */
  transfers: FileTransfers;
  backups: BackupService;
  /** Begins background work (each registered job); idempotent. */
  start(): void;
  /** Ends background work cleanly: cancels running tasks and waits for jobs to finish what is in flight. */
  stop(): Promise<void>;
  /** The background sender: one run now, awaited (tests, benchmarks, the CLI). */
  sender: { runNow(): Promise<void> };
  /** Closes the database at once (after `stop()` for a clean end; tests and crashes may skip it). */
  close(): void;
}

/**
 * The composition root shared by both transports: the database, the services, the handler table. The
 * Electron shell and the browser host only carry `invoke` and `events` to a page.
 */
export function createCore(options: CoreOptions): Core {
  installFrenchValidationMessages();
  const db = withStorageErrors(() => openDatabase(options.dataDir));
  const clock = options.clock ?? systemClock;
  const events = new EventBus();
  const tasks = createTaskRunner(events);
  const jobs: BackgroundJob[] = [];
  const ownLog = options.logger ? null : createAppLogger(join(options.dataDir, 'logs'));
  const logger = options.logger ?? (ownLog as NonNullable<typeof ownLog>).logger;
  const log = (message: string, details: Record<string, unknown> = {}) => logger.info(details, message);
  const logError = options.logError ?? ((channel: string, error: unknown) => logger.error({ channel, err: error }, 'unexpected error'));
  const gate = createInvokeGate();
  let isStarted = false;
  const transfers = createFileTransfers(join(options.dataDir, 'travail'));
  const company = createCompanyService(createCompanyRepository(db), clock, createNumberPatterns(db, clock));
  const settings = createSettingsRepository(db);
  const cipher = options.secretCipher ?? createKeyFileCipher(join(options.dataDir, 'secrets.key'));
  const secrets = createSecretStore(join(options.dataDir, 'secrets.json'), cipher);
  const demonstration = createDemonstrationChorus({
    clock,
    supplier: () => {
      const profile = company.get();
      return profile ? { siret: profile.siret, name: profile.legalName } : null;
    },
  });
  jobs.push(demonstration);
  const chorusConnection = createChorusConnectionService({
    settings,
    secrets,
    clock,
    demonstration,
    companySiret: () => company.get()?.siret ?? null,
    ...(options.chorusEndpoints ? { endpoints: options.chorusEndpoints } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  // The journal's key (SecretStore) anchors the chain; then invoices issued before files were made at
  // issue get theirs, once (migration 0007). Neither stops the start: without the key, writes are refused
  // in French until it can be had, and files that cannot be made stay queued and are named by the checks.
  const anchor = createJournalAnchor(db, secrets, clock);
  anchor.ensure();
  for (const failure of backfillFiles(db, anchor.seal, clock).failed) logError('invoice.files.backfill', new Error(`invoice ${failure.invoiceId}: ${failure.reason}`));
  // The directory of public structures lives in its own file beside the records (never in their backups).
  const directoryDb = openDirectoryDatabase(options.dataDir);
  const publicDirectory = createPublicDirectoryService({ db: directoryDb, dataDir: options.dataDir, clock, tasks, events, downloader: options.directoryDownloader ?? createChorusDirectoryDownloader(chorusConnection) });
  jobs.push(publicDirectory.job);
  const backups = createBackupService({
    db,
    dataDir: options.dataDir,
    clock,
    tasks,
    events,
    secrets,
    transfers,
    ...(options.desktop ? { desktop: options.desktop } : {}),
    log,
    reanchor: () => void anchor.reload(),
    // A restore swaps the database's content: calls wait, background jobs pause, then everything resumes.
    async quiesce() {
      const release = await gate.hold();
      const wasStarted = isStarted;
      if (wasStarted) await Promise.all(jobs.map((job) => job.stop()));
      return () => {
        if (wasStarted && isStarted) for (const job of jobs) job.start();
        release();
      };
    },
  });
  jobs.push(createBackupJob(backups, options.scheduler ?? systemScheduler, log));
  const invoiceFiles = createInvoiceFilesService(db, company);
  const exportsService = createExportsService({
    db,
    company,
    clock,
    tasks,
    transfers,
    ...(options.desktop ? { desktop: options.desktop } : {}),
  });
  const logExport = createLogExport({
    logDir: join(options.dataDir, 'logs'),
    clock,
    tasks,
    transfers,
    ...(options.desktop ? { desktop: options.desktop } : {}),
    schemaVersion: () => schemaVersion(db),
  });
  const invoicing = createInvoicingServices(db, company, clock, anchor);
  const sending = createSending({
    db,
    clock,
    scheduler: options.scheduler ?? systemScheduler,
    events,
    company,
    settings,
    invoicing,
    invoiceFiles,
    chorusConnection,
    desktop: options.desktop,
    senderOptions: options.sender,
    seal: anchor.seal,
    logError,
  });
  jobs.push(...sending.jobs);
  const handlers = createHandlerTable({
    appInfo: () => ({
      version: APP_VERSION,
      transport: options.transport,
      dataDir: options.dataDir,
      databaseVersion: schemaVersion(db),
      today: parisToday(clock.now()),
    }),
    company,
    chorusConnection,
    onboarding: createOnboardingService(settings, chorusConnection, clock),
    invoicing,
    invoiceFiles,
    desktop: options.desktop,
    tasks,
    publicDirectory,
    backups,
    exports: exportsService,
    logExport,
    sending: sending.service,
    portalGuide: sending.portalGuide,
    replaceRejected: sending.replaceRejected,
    exportBatch: sending.exportBatch,
    guidedActions: sending.actions,
    structures: sending.structures,
  });
  const invoke: CoreInvoke = gate.wrap(createInvoker(handlers, { validateOutput: options.validateOutput, logError, events }));
  return {
    invoke,
    events,
    db,
    tasks,
    logger,
    transfers,
    backups,
    sender: sending.sender,
    start() {
      if (isStarted) return;
      isStarted = true;
      for (const job of jobs) job.start();
    },
    async stop() {
      if (!isStarted) return;
      isStarted = false;
      tasks.cancelAll();
      await Promise.all(jobs.map((job) => job.stop()));
    },
    close() {
      isStarted = false;
      tasks.cancelAll();
      for (const job of jobs) void job.stop();
      if (db.open) db.close();
      if (directoryDb.open) directoryDb.close();
      ownLog?.close();
    },
  };
}
