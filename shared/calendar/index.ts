// The compliance calendar: pure, data-driven, usable from main and the renderer alike.
export { buildCalendar, nextDates, b2gHeadline, type Calendar } from './build-calendar';
export {
  CalendarProfileSchema,
  SALES_CHANNELS,
  SALES_CHANNEL_LABELS,
  resolveCategory,
  type CalendarProfile,
  type ResolvedCategory,
  type SalesChannel,
} from './calendar-profile';
export {
  CATEGORY_LABELS,
  COMPANY_CATEGORIES,
  CompanyCategorySchema,
  categoryFromHeadcount,
  type CompanyCategory,
} from './company-category';
export { IsoDateSchema } from '../dates/date-schema';
export { formatDayDistance, formatLongDate, formatShortDate, parisToday } from '../dates/french-dates';
export { addDays, daysBetween, isIsoDate, type IsoDate } from '../dates/iso-date';
export { OBLIGATIONS } from './obligations';
export {
  APP_ROUTES,
  type AppRoute,
  type Audience,
  type CalendarEntry,
  type CalendarStatus,
  type DatedObligation,
  type ObligationDefinition,
  type ObligationGroup,
  type StandingDuty,
} from './obligation-types';
export {
  PASSWORD_RENEWAL_ACTION,
  TECHNICAL_PASSWORD_REMINDER_DAYS,
  TECHNICAL_PASSWORD_VALIDITY_DAYS,
  technicalPasswordRenewal,
  type PasswordRenewal,
  type PasswordRenewalStatus,
} from './password-renewal';
