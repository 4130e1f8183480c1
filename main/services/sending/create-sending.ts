import type { Database } from 'better-sqlite3';
import type { ChorusConnectionView } from '@shared/chorus/connection-settings';
import type { SettingsRepository } from '../../db/repositories/settings-repository';
import type { BackgroundJob } from '../../app/background-job';
import type { Clock } from '../clock';
import type { CompanyService } from '../company/company-service';
import type { InvoicingServices } from '../invoicing/create-invoicing-services';
import type { InvoiceFilesService } from '../documents/invoice-files-service';
import { createBatchExport } from './batch-export';
import { createPortalGuideService } from './portal-guide-service';
import { createReplaceRejected } from './replace-rejected';
import { createSendingService, type SenderControl } from './sending-service';
import { createSendingStore } from './sending-store';

export interface SendingDeps {
  db: Database;
  clock: Clock;
  company: CompanyService;
  settings: SettingsRepository;
  invoicing: InvoicingServices;
  invoiceFiles: InvoiceFilesService;
  connection: () => ChorusConnectionView;
}

/** Identifiers and both secrets saved: automatic sending can authenticate. */
export function isApiConfigured(view: ChorusConnectionView): boolean {
  return view.pisteClientId !== '' && view.technicalLogin !== '' && view.hasPisteClientSecret && view.hasTechnicalPassword;
}

/** Sending to Chorus Pro, both paths, over one database: the user's service, the portal guide, the sender. */
export function createSending(deps: SendingDeps) {
  const store = createSendingStore(deps.db, deps.clock);
  const sender: SenderControl | null = null;
  const jobs: BackgroundJob[] = [];
  const service = createSendingService({
    db: deps.db,
    clock: deps.clock,
    store,
    company: deps.company,
    settings: deps.settings,
    isApiConfigured: () => isApiConfigured(deps.connection()),
    sender: () => sender,
  });
  const portalGuide = createPortalGuideService(deps.db, deps.company, () => deps.connection().environment);
  const replaceRejected = createReplaceRejected(deps.db, store, deps.invoicing, deps.clock);
  const exportBatch = createBatchExport(deps.db, deps.company, deps.invoiceFiles, service, deps.clock);
  return { store, service, portalGuide, replaceRejected, exportBatch, jobs };
}
