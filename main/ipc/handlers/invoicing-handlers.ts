import type { HandlersOf } from '../handler-table';
import type { Services } from '../services';

export const invoicingHandlers = (_services: Services): HandlersOf<never> => ({});
