import { z } from 'zod';
import { IsoDateSchema } from '../../dates/date-schema';
import { NoInput } from '../no-input';

export const AppInfoSchema = z.object({
  version: z.string(),
  transport: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  databaseVersion: z.number().int(),
  /** Today in Paris by the core's clock (YYYY-MM-DD): the default date of new drafts and payments. */
  today: IsoDateSchema,
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const appChannels = {
  'app:info': { request: NoInput, response: AppInfoSchema },
  /** Answers at once and touches nothing: the page asks every few seconds whether its backend is there. */
  'app:ping': { request: NoInput, response: z.object({ isUp: z.literal(true) }) },
} as const;
