import type { AppInfo } from '../../shared/ipc/contract';
import type { ChorusConnectionService } from '../services/chorus-connection/chorus-connection-service';
import type { CompanyService } from '../services/company/company-service';
import type { Handlers } from './invoker';

export interface Services {
  appInfo: () => AppInfo;
  company: CompanyService;
  chorusConnection: ChorusConnectionService;
}

/** Channel -> service call. The only place that knows both the contract and the services. */
export function createHandlerTable(services: Services): Handlers {
  return {
    'app:info': () => services.appInfo(),
    'company:get': () => services.company.get(),
    'company:save': (input) => services.company.save(input),
    'chorusConnection:get': () => services.chorusConnection.get(),
    'chorusConnection:save': (input) => services.chorusConnection.save(input),
    'chorusConnection:forgetSecrets': (input) => services.chorusConnection.forget(input.secrets),
  };
}
