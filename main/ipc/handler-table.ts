import type { Channel } from '@shared/ipc/contract';
import type { Handlers } from './invoker';
import { appHandlers } from './handlers/app-handlers';
import { chorusConnectionHandlers } from './handlers/chorus-connection-handlers';
import { companyHandlers } from './handlers/company-handlers';
import { invoicingHandlers } from './handlers/invoicing-handlers';
import { onboardingHandlers } from './handlers/onboarding-handlers';
import { publicDirectoryHandlers } from './handlers/public-directory-handlers';
import { taskHandlers } from './handlers/task-handlers';
import { backupHandlers } from './handlers/backup-handlers';
import { exportHandlers } from './handlers/export-handlers';
import { sendingHandlers } from './handlers/sending-handlers';
import type { Services } from './services';

export type { Services } from './services';

/** The handlers of some channels, written per domain in handlers/ and joined here. */
export type HandlersOf<C extends Channel> = Pick<Handlers, C>;

/** Channel -> service call. The type makes a missing or misspelled channel a compile error. */
export function createHandlerTable(services: Services): Handlers {
  return {
    ...appHandlers(services),
    ...companyHandlers(services),
    ...chorusConnectionHandlers(services),
    ...onboardingHandlers(services),
    ...invoicingHandlers(services),
    ...taskHandlers(services),
    ...publicDirectoryHandlers(services),
    ...backupHandlers(services),
    ...exportHandlers(services),
    ...sendingHandlers(services),
  };
}
