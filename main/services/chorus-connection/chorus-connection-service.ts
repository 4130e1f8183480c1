import type { z } from 'zod';
import { parisToday } from '@shared/dates/french-dates';
import {
  AccountEnvironmentSchema,
  type AccountEnvironment,
  type ChorusAccountView,
  type ChorusConnectionInputSchema,
  type ChorusConnectionView,
  type ConnectionTestResult,
} from '@shared/chorus/connection-settings';
import type { SettingsRepository } from '../../db/repositories/settings-repository';
import { AppError } from '../../errors/app-error';
import { createChorusClient, type ChorusClient, type ChorusCredentials } from '../chorus/chorus-client';
import { PISTE_ENDPOINTS, type ChorusEndpoints } from '../chorus/chorus-endpoints';
import type { DemonstrationChorus } from '../chorus/demonstration-chorus';
import { DEMO_CREDENTIALS } from '../chorus/simulator/seed-data';
import type { Clock } from '../clock';
import type { SecretStore } from '../secrets/secret-store';
import { createConnectionSettingsStore, type StoredAccount } from './connection-settings-store';
import { testConnection } from './connection-test';

export interface ChorusConnectionDependencies {
  settings: SettingsRepository;
  secrets: SecretStore;
  clock: Clock;
  demonstration: DemonstrationChorus;
  /** The company's SIRET, to check the technical account belongs to it. */
  companySiret: () => string | null;
  /** Other addresses for qualification or production (tests point them at the simulator). */
  endpoints?: Partial<Record<AccountEnvironment, ChorusEndpoints>>;
  fetch?: typeof fetch;
}

/** Chorus Pro connection settings per environment: identifiers in the database, secrets only in the SecretStore. */
export function createChorusConnectionService(deps: ChorusConnectionDependencies) {
  const { secrets, clock } = deps;
  const store = createConnectionSettingsStore(deps.settings, secrets, () => clock.now());
  let cached: { key: string; client: ChorusClient } | null = null;

  const accountView = (account: StoredAccount, environment: AccountEnvironment): ChorusAccountView => ({
    ...account,
    hasPisteClientSecret: secrets.has(`${environment}.piste.clientSecret`),
    hasTechnicalPassword: secrets.has(`${environment}.chorus.technicalPassword`),
  });

  function view(): ChorusConnectionView {
    const stored = store.read();
    const accounts = {
      qualification: accountView(store.account(stored, 'qualification'), 'qualification'),
      production: accountView(store.account(stored, 'production'), 'production'),
    };
    const isDemonstration = stored.environment === 'demonstration';
    const selected: ChorusAccountView = isDemonstration
      ? { pisteClientId: DEMO_CREDENTIALS.pisteClientId, technicalLogin: DEMO_CREDENTIALS.technicalLogin, hasPisteClientSecret: true, hasTechnicalPassword: true, technicalPasswordSavedOn: null, technicalPasswordExpiresOn: null }
      : accounts[stored.environment as AccountEnvironment];
    const secretsUnreadable = secrets.health() === 'unreadable';
    return {
      ...selected,
      environment: stored.environment,
      accounts,
      isDemonstration,
      isConfigured: isDemonstration || (!secretsUnreadable && selected.pisteClientId !== '' && selected.technicalLogin !== '' && selected.hasPisteClientSecret && selected.hasTechnicalPassword),
      secretStorage: secrets.kind,
      secretsUnreadable,
      isApiSendingAvailable: false,
    };
  }

  /** The endpoints and credentials of the chosen environment, or a French error saying what is missing. */
  async function connection(): Promise<{ environment: ChorusConnectionView['environment']; endpoints: ChorusEndpoints; credentials: ChorusCredentials }> {
    const stored = store.read();
    if (stored.environment === 'demonstration') {
      const simulator = await deps.demonstration.ensureStarted();
      return { environment: 'demonstration', endpoints: simulator.endpoints, credentials: { ...DEMO_CREDENTIALS } };
    }
    const environment = stored.environment;
    const account = store.account(stored, environment);
    const pisteClientSecret = secrets.get(`${environment}.piste.clientSecret`);
    const technicalPassword = secrets.get(`${environment}.chorus.technicalPassword`);
    if (!account.pisteClientId || !account.technicalLogin || !pisteClientSecret || !technicalPassword) throw AppError.of('chorus_not_configured');
    return {
      environment,
      endpoints: deps.endpoints?.[environment] ?? PISTE_ENDPOINTS[environment],
      credentials: { pisteClientId: account.pisteClientId, pisteClientSecret, technicalLogin: account.technicalLogin, technicalPassword },
    };
  }

  /** One client per connection, kept while the settings stay the same, so its token is reused. */
  async function client(): Promise<{ environment: ChorusConnectionView['environment']; client: ChorusClient }> {
    const { environment, endpoints, credentials } = await connection();
    const key = JSON.stringify([environment, endpoints, credentials]);
    if (cached?.key !== key) {
      cached = { key, client: createChorusClient({ endpoints, credentials, clock, ...(deps.fetch ? { fetch: deps.fetch } : {}) }) };
    }
    return { environment, client: cached.client };
  }

  return {
    get: view,
    client,
    save(input: z.output<typeof ChorusConnectionInputSchema>): ChorusConnectionView {
      const stored = store.read();
      if (input.environment === 'demonstration') {
        store.write({ ...stored, environment: 'demonstration' });
        return view();
      }
      const environment = input.environment;
      if (input.pisteClientSecret !== undefined) secrets.set(`${environment}.piste.clientSecret`, input.pisteClientSecret);
      if (input.technicalPassword !== undefined) secrets.set(`${environment}.chorus.technicalPassword`, input.technicalPassword);
      const previous = store.account(stored, environment);
      const isNewPassword = input.technicalPassword !== undefined;
      store.write({
        environment,
        accounts: {
          ...stored.accounts,
          [environment]: {
            pisteClientId: input.pisteClientId,
            technicalLogin: input.technicalLogin,
            technicalPasswordSavedOn: isNewPassword ? parisToday(clock.now()) : previous.technicalPasswordSavedOn,
            // The expiry Chorus Pro reported was that of the old password.
            technicalPasswordExpiresOn: isNewPassword ? null : previous.technicalPasswordExpiresOn,
          },
        },
      });
      return view();
    },
    /**
     * Forgets secrets of the chosen environment. When saved secrets cannot be read any more, forgets them
     * all (every environment) with a new key: the way out the screen offers.
     */
    forget(names: ReadonlyArray<'pisteClientSecret' | 'technicalPassword'>): ChorusConnectionView {
      if (secrets.health() === 'unreadable') {
        secrets.forgetAll();
        for (const environment of AccountEnvironmentSchema.options) {
          store.updateAccount(environment, (account) => ({ ...account, technicalPasswordSavedOn: null, technicalPasswordExpiresOn: null }));
        }
        return view();
      }
      const environment = store.read().environment;
      if (environment === 'demonstration') return view();
      if (names.includes('pisteClientSecret')) secrets.delete(`${environment}.piste.clientSecret`);
      if (names.includes('technicalPassword')) {
        secrets.delete(`${environment}.chorus.technicalPassword`);
        store.updateAccount(environment, (account) => ({ ...account, technicalPasswordSavedOn: null, technicalPasswordExpiresOn: null }));
      }
      return view();
    },
    /** « Tester la connexion »: each step, and the first failure explained by its cause. */
    async test(): Promise<ConnectionTestResult> {
      const environment = store.read().environment;
      const result = await testConnection({ environment, connect: client, companySiret: deps.companySiret(), now: clock.now() });
      if (result.technicalPasswordExpiresOn && environment !== 'demonstration') {
        const expiresOn = result.technicalPasswordExpiresOn;
        store.updateAccount(environment, (account) => ({ ...account, technicalPasswordExpiresOn: expiresOn }));
      }
      return result;
    },
  };
}

export type ChorusConnectionService = ReturnType<typeof createChorusConnectionService>;
