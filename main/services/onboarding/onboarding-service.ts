import { z } from 'zod';
import { buildCalendar, b2gHeadline, nextDates } from '@shared/calendar/build-calendar';
import { formatLongDate, formatShortDate, parisToday } from '@shared/dates/french-dates';
import { technicalPasswordRenewal } from '@shared/calendar/password-renewal';
import {
  BusinessProfileSchema,
  storableBusinessProfile,
  type BusinessProfile,
} from '@shared/onboarding/business-profile';
import type { CalendarView } from '@shared/onboarding/calendar-schema';
import { SendingModeSchema, type OnboardingView } from '@shared/onboarding/onboarding-view';
import type { SetupStepId, SetupStepStatus } from '@shared/setup';
import { SetupStateSchema, setStepStatus, summariseSetupProgress, type SendingMode } from '@shared/setup/setup-progress';
import type { SettingsRepository } from '../../db/repositories/settings-repository';
import type { ChorusConnectionService } from '../chorus-connection/chorus-connection-service';
import type { Clock } from '../clock';

/** How many dates the home page lists. */
const HOME_DATES = 3;

// One key per concern: a value that no longer parses (older version) resets only its own part.
const KEYS = {
  businessProfile: 'onboarding.businessProfile',
  setup: 'onboarding.setup',
  sendingMode: 'onboarding.sendingMode',
  wizard: 'onboarding.wizard',
} as const;

const WizardStateSchema = z.object({ closedAt: z.string().nullable() });

/** The first-start wizard's answers, the setup checklist and the personalised calendar. */
export function createOnboardingService(settings: SettingsRepository, chorusConnection: ChorusConnectionService, clock: Clock) {
  const readProfile = () => settings.read(KEYS.businessProfile, BusinessProfileSchema.nullable(), null);
  const readSetup = () => settings.read(KEYS.setup, SetupStateSchema, {});
  // The portal first: most micro-entrepreneurs never create a PISTE application and a technical account.
  const readMode = (): SendingMode => settings.read(KEYS.sendingMode, SendingModeSchema, 'manual');
  const readWizard = () => settings.read(KEYS.wizard, WizardStateSchema, { closedAt: null });
  const write = (key: string, value: unknown) => settings.write(key, value, clock.now().toISOString());

  function view(): OnboardingView {
    const businessProfile = readProfile();
    const setup = readSetup();
    const sendingMode = readMode();
    const { closedAt } = readWizard();
    const progress = summariseSetupProgress(setup, sendingMode);
    return {
      businessProfile,
      setup,
      sendingMode,
      setupSummary: {
        doneCount: progress.doneCount,
        totalCount: progress.totalCount,
        postponedCount: progress.postponed.length,
        nextStepId: progress.nextStep?.id ?? null,
        isComplete: progress.isComplete,
      },
      wizardClosedAt: closedAt,
      shouldOpenWizard: closedAt === null && businessProfile === null,
    };
  }

  return {
    get: view,
    saveBusinessProfile(input: BusinessProfile): OnboardingView {
      write(KEYS.businessProfile, storableBusinessProfile(input));
      return view();
    },
    setSetupStep(stepId: SetupStepId, status: SetupStepStatus): OnboardingView {
      write(KEYS.setup, setStepStatus(readSetup(), stepId, status));
      return view();
    },
    setSendingMode(mode: SendingMode): OnboardingView {
      write(KEYS.sendingMode, mode);
      return view();
    },
    complete(): OnboardingView {
      write(KEYS.wizard, { closedAt: clock.now().toISOString() });
      return view();
    },
    restart(): OnboardingView {
      write(KEYS.wizard, { closedAt: null });
      return view();
    },
    /** Computed on each call: "today" is the Paris date of the clock, so it turns at midnight in France. */
    calendar(): CalendarView {
      const today = parisToday(clock.now());
      const connection = chorusConnection.get();
      const savedOn = connection.technicalPasswordSavedOn ?? undefined;
      const expiresOn = connection.technicalPasswordExpiresOn ?? undefined;
      const profile = readProfile();
      const calendar = profile ? buildCalendar({ ...profile, technicalPasswordSavedOn: savedOn, technicalPasswordExpiresOn: expiresOn }, today) : null;
      const renewal = savedOn ? technicalPasswordRenewal(savedOn, today, expiresOn) : null;
      return {
        today,
        todayLabel: formatLongDate(today),
        calendar,
        headline: calendar ? b2gHeadline(calendar) : null,
        nextDates: calendar ? nextDates(calendar, HOME_DATES) : [],
        passwordRenewal: renewal ? { ...renewal, lastValidDayLabel: formatShortDate(renewal.renewBy) } : null,
      };
    },
  };
}

export type OnboardingService = ReturnType<typeof createOnboardingService>;
