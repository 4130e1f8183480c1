import { z } from 'zod';
import {
  ChorusConnectionInputSchema,
  ChorusConnectionViewSchema,
  ForgetSecretsInputSchema,
} from '../chorus/connection-settings';
import { CompanyProfileInputSchema, CompanyProfileSchema } from '../company/company-profile';

const NoInput = z.object({}).strict();

export const AppInfoSchema = z.object({
  version: z.string(),
  transport: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  databaseVersion: z.number().int(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/**
 * The IPC contract: every channel the renderer may call, with the schema of what it sends and of what it
 * gets back. Main parses every request with it; the preload and the browser transport accept only these
 * names. Add a channel here first, then its handler in main/ipc/handler-table.ts.
 */
export const contract = {
  'app:info': { request: NoInput, response: AppInfoSchema },
  'company:get': { request: NoInput, response: CompanyProfileSchema.nullable() },
  'company:save': { request: CompanyProfileInputSchema, response: CompanyProfileSchema },
  'chorusConnection:get': { request: NoInput, response: ChorusConnectionViewSchema },
  'chorusConnection:save': { request: ChorusConnectionInputSchema, response: ChorusConnectionViewSchema },
  'chorusConnection:forgetSecrets': { request: ForgetSecretsInputSchema, response: ChorusConnectionViewSchema },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export const channels = Object.freeze(Object.keys(contract)) as readonly Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
