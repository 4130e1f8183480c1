import type { HandlersOf } from '../handler-table';
import type { Services } from '../services';

export const appHandlers = (services: Services): HandlersOf<'app:info'> => ({
  'app:info': () => services.appInfo(),
});
