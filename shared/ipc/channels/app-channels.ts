import { z } from 'zod';
import { NoInput } from '../no-input';

export const AppInfoSchema = z.object({
  version: z.string(),
  transport: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  databaseVersion: z.number().int(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const appChannels = {
  'app:info': { request: NoInput, response: AppInfoSchema },
} as const;
