import { z } from 'zod';
import { parisToday } from '@shared/dates/french-dates';
import {
  ChorusEnvironmentSchema,
  type ChorusConnectionInputSchema,
  type ChorusConnectionView,
} from '@shared/chorus/connection-settings';
import type { SettingsRepository } from '../../db/repositories/settings-repository';
import type { Clock } from '../clock';
import type { SecretStore } from '../secrets/secret-store';

const KEY = 'chorus.connection';

const StoredSchema = z.object({
  environment: ChorusEnvironmentSchema,
  pisteClientId: z.string(),
  technicalLogin: z.string(),
  technicalPasswordSavedOn: z.string().nullable(),
});
type Stored = z.infer<typeof StoredSchema>;

const empty: Stored = { environment: 'qualification', pisteClientId: '', technicalLogin: '', technicalPasswordSavedOn: null };

/** Chorus Pro connection settings: identifiers in the database, secrets only in the SecretStore. */
export function createChorusConnectionService(settings: SettingsRepository, secrets: SecretStore, clock: Clock) {
  const view = (stored: Stored): ChorusConnectionView => ({
    ...stored,
    hasPisteClientSecret: secrets.has('piste.clientSecret'),
    hasTechnicalPassword: secrets.has('chorus.technicalPassword'),
    secretStorage: secrets.kind,
    isApiSendingAvailable: false,
  });
  const read = () => settings.read(KEY, StoredSchema, empty);

  return {
    get(): ChorusConnectionView {
      return view(read());
    },
    save(input: z.output<typeof ChorusConnectionInputSchema>): ChorusConnectionView {
      const now = clock.now();
      const previous = read();
      if (input.pisteClientSecret !== undefined) secrets.set('piste.clientSecret', input.pisteClientSecret);
      if (input.technicalPassword !== undefined) secrets.set('chorus.technicalPassword', input.technicalPassword);
      const stored: Stored = {
        environment: input.environment,
        pisteClientId: input.pisteClientId,
        technicalLogin: input.technicalLogin,
        technicalPasswordSavedOn:
          input.technicalPassword !== undefined ? parisToday(now) : previous.technicalPasswordSavedOn,
      };
      settings.write(KEY, stored, now.toISOString());
      return view(stored);
    },
    forget(names: ReadonlyArray<'pisteClientSecret' | 'technicalPassword'>): ChorusConnectionView {
      if (names.includes('pisteClientSecret')) secrets.delete('piste.clientSecret');
      if (names.includes('technicalPassword')) {
        secrets.delete('chorus.technicalPassword');
        settings.write(KEY, { ...read(), technicalPasswordSavedOn: null }, clock.now().toISOString());
      }
      return view(read());
    },
  };
}

export type ChorusConnectionService = ReturnType<typeof createChorusConnectionService>;
