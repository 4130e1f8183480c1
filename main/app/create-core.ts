import type { Database } from 'better-sqlite3';
import type { Channel, RequestOf, ResponseOf } from '@shared/ipc/contract';
import type { Result } from '@shared/ipc/result';
import { parisToday } from '@shared/calendar/french-dates';
import { installFrenchValidationMessages } from '@shared/validation/zod-french';
import { openDatabase } from '../db/open-database';
import { schemaVersion } from '../db/migrate';
import { createCompanyRepository } from '../db/repositories/company-repository';
import { EventBus } from '../events/event-bus';
import { createHandlerTable } from '../ipc/handler-table';
import { createInvoker, type Invoke } from '../ipc/invoker';
import { systemClock, type Clock } from '../services/clock';
import { createCompanyService } from '../services/company/company-service';
import type { DesktopActions } from '../services/desktop-actions';
import { createInvoiceFilesService } from '../services/documents/invoice-files-service';
import { createInvoicingServices } from '../services/invoicing/create-invoicing-services';
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
  logError?: (channel: string, error: unknown) => void;
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
  const db = openDatabase(options.dataDir);
  const clock = options.clock ?? systemClock;
  const events = new EventBus();
  const tasks = createTaskRunner(events);
  const jobs: BackgroundJob[] = [];
  const company = createCompanyService(createCompanyRepository(db), clock);
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
  const invoicing = createInvoicingServices(db, company, clock);
  const invoiceFiles = createInvoiceFilesService(db, company, clock);
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
    sending: sending.service,
    portalGuide: sending.portalGuide,
    replaceRejected: sending.replaceRejected,
    exportBatch: sending.exportBatch,
    guidedActions: sending.actions,
    structures: sending.structures,
  });
  const invoke: CoreInvoke = createInvoker(handlers, { validateOutput: options.validateOutput, logError: options.logError, events });
  let isStarted = false;
  return {
    invoke,
    events,
    db,
    tasks,
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
      if (db.open) db.close();
    },
  };
}
