import type { HandlersOf } from '../handler-table';
import type { Services } from '../services';

export const appHandlers = (services: Services): HandlersOf<'app:info' | 'app:ping'> => ({
  'app:info': () => services.appInfo(),
  'app:ping': () => ({ isUp: true }),
});
