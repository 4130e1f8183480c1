import type { AppInfo } from '@shared/ipc/contract';
import type { ChorusConnectionService } from '../services/chorus-connection/chorus-connection-service';
import type { CompanyService } from '../services/company/company-service';
import type { DesktopActions } from '../services/desktop-actions';
import type { InvoiceFilesService } from '../services/documents/invoice-files-service';
import type { InvoicingServices } from '../services/invoicing/create-invoicing-services';
import type { OnboardingService } from '../services/onboarding/onboarding-service';
import type { PublicDirectoryService } from '../services/public-directory/public-directory-service';
import type { TaskRunner } from '../services/tasks/task-runner';
import type { BackupService } from '../services/backup/backup-service';
import type { ExportsService } from '../services/exports/exports-service';
import type { LogExport } from '../services/logging/log-export';
import type { PortalGuideService } from '../services/sending/portal-guide-service';
import type { SendingService } from '../services/sending/sending-service';
import type { Replacement } from '../services/sending/replace-rejected';
import type { BatchExport } from '@shared/sending/batch';
import type { GuidedActions } from '../services/sending/guided-actions';
import type { StructureLookup } from '../services/sending/structure-lookup';

/** Everything the handler table calls; built once in main/app/create-core.ts. */
export interface Services {
  appInfo: () => AppInfo;
  company: CompanyService;
  chorusConnection: ChorusConnectionService;
  onboarding: OnboardingService;
  invoicing: InvoicingServices;
  invoiceFiles: InvoiceFilesService;
  tasks: TaskRunner;
  publicDirectory: PublicDirectoryService;
  backups: BackupService;
  exports: ExportsService;
  logExport: LogExport;
  sending: SendingService;
  portalGuide: PortalGuideService;
  replaceRejected: (invoiceId: number) => Replacement;
  exportBatch: (invoiceIds: readonly number[]) => Promise<BatchExport>;
  guidedActions: GuidedActions;
  structures: StructureLookup;
  /** Absent in the browser host. */
  desktop?: DesktopActions;
}
