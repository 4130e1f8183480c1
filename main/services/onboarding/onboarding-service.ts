import type { SettingsRepository } from '../../db/repositories/settings-repository';
import type { ChorusConnectionService } from '../chorus-connection/chorus-connection-service';
import type { Clock } from '../clock';

/** The first-start wizard's answers, the setup checklist and the personalised calendar. */
export function createOnboardingService(_settings: SettingsRepository, _chorusConnection: ChorusConnectionService, _clock: Clock) {
  return {};
}

export type OnboardingService = ReturnType<typeof createOnboardingService>;
