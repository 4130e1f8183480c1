import type { Database } from 'better-sqlite3';
import type { BackgroundJob } from '../../app/background-job';
import type { SettingsRepository } from '../../db/repositories/settings-repository';
import type { EventBus } from '../../events/event-bus';
import type { ChorusConnectionService } from '../chorus-connection/chorus-connection-service';
import type { Clock } from '../clock';
import type { CompanyService } from '../company/company-service';
import type { DesktopActions } from '../desktop-actions';
import { fileStem, FILE_SUFFIXES } from '../documents/file-names';
import type { InvoiceFilesService } from '../documents/invoice-files-service';
import type { InvoicingServices } from '../invoicing/create-invoicing-services';
import type { SealSource } from '../journal/journal';
import type { Scheduler } from '../scheduler';
import { createBatchExport } from './batch-export';
import { createChorusAccess } from './chorus-access';
import { createGuidedActions } from './guided-actions';
import { createPortalGuideService } from './portal-guide-service';
import { createReplaceRejected } from './replace-rejected';
import { createSenderJob, type SenderOptions } from './sender/sender-job';
import { createSendingService } from './sending-service';
import { createSendingStore } from './sending-store';
import { createStructureLookup } from './structure-lookup';

export interface SendingDeps {
  db: Database;
  clock: Clock;
  scheduler: Scheduler;
  events: EventBus;
  company: CompanyService;
  settings: SettingsRepository;
  invoicing: InvoicingServices;
  invoiceFiles: InvoiceFilesService;
  chorusConnection: ChorusConnectionService;
  desktop?: DesktopActions | undefined;
  senderOptions?: Partial<SenderOptions> | undefined;
  /** The journal's seal (main/services/journal/journal-anchor.ts): sending's entries are chained and sealed as every other. */
  seal: SealSource;
  logError?: (channel: string, error: unknown) => void;
}

/** Sending to Chorus Pro, both paths, over one database: the user's service, the portal guide, the sender. */
export function createSending(deps: SendingDeps) {
  const store = createSendingStore(deps.db, deps.clock, deps.seal);
  const access = createChorusAccess(deps.chorusConnection);
  const isConfigured = () => deps.chorusConnection.get().isConfigured;
  const notify = deps.desktop?.notify;
  const sender = createSenderJob({
    db: deps.db,
    store,
    clock: deps.clock,
    scheduler: deps.scheduler,
    events: deps.events,
    access,
    isConfigured,
    // The démonstration simulator lives a day in a minute: its statuses are asked as much more often.
    pollScale: () => (deps.chorusConnection.get().environment === 'demonstration' ? 1 / 1440 : 1),
    // Exactly what was stored when the piece was issued, under the name of its number.
    storedFacturX: async (invoiceId) => {
      const file = await deps.invoiceFiles.get(invoiceId, 'pdf');
      return { fileName: `${fileStem(store.sendings.get(invoiceId)?.number ?? String(invoiceId))}${FILE_SUFFIXES.pdf}`, bytes: file.bytes };
    },
    ...(notify ? { notifier: { notify: (title: string, body: string) => notify.call(deps.desktop, title, body) } } : {}),
    ...(deps.senderOptions ? { options: deps.senderOptions } : {}),
    ...(deps.logError ? { logError: deps.logError } : {}),
  });
  const jobs: BackgroundJob[] = [sender];
  const service = createSendingService({
    db: deps.db,
    clock: deps.clock,
    store,
    company: deps.company,
    settings: deps.settings,
    isApiConfigured: isConfigured,
    sender: () => sender,
    seal: deps.seal,
  });
  const portalGuide = createPortalGuideService(deps.db, deps.company, deps.invoiceFiles, () => deps.chorusConnection.get().environment);
  const replaceRejected = createReplaceRejected(deps.db, store, deps.invoicing, deps.clock, deps.seal);
  const exportBatch = createBatchExport(deps.db, deps.company, deps.invoiceFiles, service, deps.clock);
  const structures = createStructureLookup(deps.db, deps.invoicing, deps.clock, access);
  const actions = createGuidedActions(store, access, (invoiceId) => deps.invoicing.queries.get(invoiceId).document?.buyer.siret ?? '');
  return { store, service, portalGuide, replaceRejected, exportBatch, structures, actions, sender, jobs };
}
