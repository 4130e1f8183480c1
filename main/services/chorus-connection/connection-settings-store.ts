import { z } from 'zod';
import { AccountEnvironmentSchema, ChorusEnvironmentSchema, type AccountEnvironment } from '@shared/chorus/connection-settings';
import type { SettingsRepository } from '../../db/repositories/settings-repository';
import type { SecretStore } from '../secrets/secret-store';

const KEY = 'chorus.connection';

const AccountSchema = z.object({
  pisteClientId: z.string().default(''),
  technicalLogin: z.string().default(''),
  technicalPasswordSavedOn: z.string().nullable().default(null),
  technicalPasswordExpiresOn: z.string().nullable().default(null),
});
export type StoredAccount = z.output<typeof AccountSchema>;

const StoredSchema = z.object({
  environment: ChorusEnvironmentSchema,
  accounts: z.object({ qualification: AccountSchema.optional(), production: AccountSchema.optional() }).default({}),
});
export type StoredConnection = z.output<typeof StoredSchema>;

/** Version 0.1 kept one account, for the environment it names, and its secrets under names without one. */
const LegacySchema = z.object({
  environment: AccountEnvironmentSchema,
  pisteClientId: z.string(),
  technicalLogin: z.string(),
  technicalPasswordSavedOn: z.string().nullable(),
});

export const emptyAccount: StoredAccount = { pisteClientId: '', technicalLogin: '', technicalPasswordSavedOn: null, technicalPasswordExpiresOn: null };

/** The connection settings (identifiers and dates, never secrets) in the settings table, one account per environment. */
export function createConnectionSettingsStore(settings: SettingsRepository, secrets: SecretStore, now: () => Date) {
  const read = (): StoredConnection => {
    const value = settings.read(KEY, z.union([LegacySchema, StoredSchema]), { environment: 'qualification', accounts: {} });
    if (!('pisteClientId' in value)) return value;
    // Upgrade from 0.1, once: the account and its secrets move under the environment they were for.
    const { environment, ...account } = value;
    secrets.rename('piste.clientSecret', `${environment}.piste.clientSecret`);
    secrets.rename('chorus.technicalPassword', `${environment}.chorus.technicalPassword`);
    const upgraded: StoredConnection = { environment, accounts: { [environment]: { ...account, technicalPasswordExpiresOn: null } } };
    write(upgraded);
    return upgraded;
  };
  const write = (value: StoredConnection) => settings.write(KEY, value, now().toISOString());
  return {
    read,
    write,
    account(stored: StoredConnection, environment: AccountEnvironment): StoredAccount {
      return stored.accounts[environment] ?? emptyAccount;
    },
    updateAccount(environment: AccountEnvironment, change: (account: StoredAccount) => StoredAccount): void {
      const stored = read();
      write({ ...stored, accounts: { ...stored.accounts, [environment]: change(stored.accounts[environment] ?? emptyAccount) } });
    },
  };
}
