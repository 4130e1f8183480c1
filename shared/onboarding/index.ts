// First start: the business profile, the onboarding state and the calendar's wire schemas.
export {
  BUSINESS_LEGAL_FORMS,
  BusinessLegalFormSchema,
  BusinessProfileSchema,
  companyLegalFormFor,
  storableBusinessProfile,
  type BusinessLegalForm,
  type BusinessProfile,
  type BusinessProfileInput,
} from './business-profile';
export { CalendarEntrySchema, CalendarSchema, CalendarViewSchema, PasswordRenewalSchema, type CalendarView } from './calendar-schema';
export {
  OnboardingViewSchema,
  SendingModeSchema,
  SetSendingModeInputSchema,
  SetSetupStepInputSchema,
  SetupSummarySchema,
  type OnboardingView,
  type SetSetupStepInput,
} from './onboarding-view';
export { appRoutePath } from './app-route-path';
