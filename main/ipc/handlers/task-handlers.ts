import type { HandlersOf } from '../handler-table';
import type { Services } from '../services';

export function taskHandlers(services: Services): HandlersOf<'tasks:list' | 'tasks:cancel'> {
  return {
    'tasks:list': () => services.tasks.list(),
    'tasks:cancel': ({ taskId }) => ({ isCancelled: services.tasks.cancel(taskId) }),
  };
}
