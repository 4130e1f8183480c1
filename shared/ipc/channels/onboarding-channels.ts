import { CalendarViewSchema } from '../../onboarding/calendar-schema';
import { BusinessProfileSchema } from '../../onboarding/business-profile';
import { OnboardingViewSchema, SetSendingModeInputSchema, SetSetupStepInputSchema } from '../../onboarding/onboarding-view';
import { NoInput } from '../no-input';

/** First start: business profile, compliance calendar, Chorus Pro setup checklist, home cards (issue 5). */
export const onboardingChannels = {
  'onboarding:get': { request: NoInput, response: OnboardingViewSchema },
  'onboarding:saveBusinessProfile': { request: BusinessProfileSchema, response: OnboardingViewSchema },
  'onboarding:setSetupStep': { request: SetSetupStepInputSchema, response: OnboardingViewSchema },
  'onboarding:setSendingMode': { request: SetSendingModeInputSchema, response: OnboardingViewSchema },
  /** Finishing or leaving the wizard: it no longer opens by itself. */
  'onboarding:complete': { request: NoInput, response: OnboardingViewSchema },
  /** "Relancer l’assistant de démarrage": answers are kept, the wizard is open again. */
  'onboarding:restart': { request: NoInput, response: OnboardingViewSchema },
  'calendar:get': { request: NoInput, response: CalendarViewSchema },
} as const;
