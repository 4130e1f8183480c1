import type { HandlersOf } from '../handler-table';
import type { Services } from '../services';

type ChorusConnectionChannel = 'chorusConnection:get' | 'chorusConnection:save' | 'chorusConnection:forgetSecrets' | 'chorusConnection:test';

export const chorusConnectionHandlers = (services: Services): HandlersOf<ChorusConnectionChannel> => ({
  'chorusConnection:get': () => services.chorusConnection.get(),
  'chorusConnection:save': (input) => services.chorusConnection.save(input),
  'chorusConnection:forgetSecrets': (input) => services.chorusConnection.forget(input.secrets),
  'chorusConnection:test': () => services.chorusConnection.test(),
});
