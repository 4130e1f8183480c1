import type { HandlersOf } from '../handler-table';
import type { Services } from '../services';

export const onboardingHandlers = (_services: Services): HandlersOf<never> => ({});
