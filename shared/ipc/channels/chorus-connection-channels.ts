import {
  ChorusConnectionInputSchema,
  ChorusConnectionViewSchema,
  ConnectionTestResultSchema,
  ForgetSecretsInputSchema,
} from '../../chorus/connection-settings';
import { NoInput } from '../no-input';

export const chorusConnectionChannels = {
  'chorusConnection:get': { request: NoInput, response: ChorusConnectionViewSchema },
  'chorusConnection:save': { request: ChorusConnectionInputSchema, response: ChorusConnectionViewSchema, changes: ['chorus-connection', 'onboarding'] },
  'chorusConnection:forgetSecrets': { request: ForgetSecretsInputSchema, response: ChorusConnectionViewSchema, changes: ['chorus-connection', 'onboarding'] },
  // Writes the password expiry Chorus Pro reports, which the reminders use.
  'chorusConnection:test': { request: NoInput, response: ConnectionTestResultSchema, changes: ['chorus-connection', 'onboarding'] },
} as const;
