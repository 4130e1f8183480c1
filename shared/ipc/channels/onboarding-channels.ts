import { CalendarViewSchema } from '../../onboarding/calendar-schema';
import { BusinessProfileSchema } from '../../onboarding/business-profile';
import { OnboardingViewSchema, SetSendingModeInputSchema, SetSetupStepInputSchema } from '../../onboarding/onboarding-view';
import { NoInput } from '../no-input';

/** First start: business profile, compliance calendar, Chorus Pro setup checklist, home cards (issue 5). */
export const onboardingChannels = {
  'onboarding:get': { request: NoInput, response: OnboardingViewSchema },
  'onboarding:saveBusinessProfile': { request: BusinessProfileSchema, response: OnboardingViewSchema, changes: ['onboarding'] },
  'onboarding:setSetupStep': { request: SetSetupStepInputSchema, response: OnboardingViewSchema, changes: ['onboarding'] },
  'onboarding:setSendingMode': { request: SetSendingModeInputSchema, response: OnboardingViewSchema, changes: ['onboarding'] },
  /** Finishing or leaving the wizard: it no longer opens by itself. */
  'onboarding:complete': { request: NoInput, response: OnboardingViewSchema, changes: ['onboarding'] },
  /** "Relancer l’assistant de démarrage": answers are kept, the wizard is open again. */
  'onboarding:restart': { request: NoInput, response: OnboardingViewSchema, changes: ['onboarding'] },
  'calendar:get': { request: NoInput, response: CalendarViewSchema },
} as const;
