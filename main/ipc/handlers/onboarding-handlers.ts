import type { HandlersOf } from '../handler-table';
import type { Services } from '../services';

type OnboardingChannel =
  | 'onboarding:get'
  | 'onboarding:saveBusinessProfile'
  | 'onboarding:setSetupStep'
  | 'onboarding:setSendingMode'
  | 'onboarding:complete'
  | 'onboarding:restart'
  | 'calendar:get';

export const onboardingHandlers = (services: Services): HandlersOf<OnboardingChannel> => ({
  'onboarding:get': () => services.onboarding.get(),
  'onboarding:saveBusinessProfile': (input) => services.onboarding.saveBusinessProfile(input),
  'onboarding:setSetupStep': (input) => services.onboarding.setSetupStep(input.stepId, input.status),
  'onboarding:setSendingMode': (input) => services.onboarding.setSendingMode(input.mode),
  'onboarding:complete': () => services.onboarding.complete(),
  'onboarding:restart': () => services.onboarding.restart(),
  'calendar:get': () => services.onboarding.calendar(),
});
