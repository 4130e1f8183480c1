import type { z } from 'zod';
import type { DataList } from './data-lists';
import { appChannels } from './channels/app-channels';
import { chorusConnectionChannels } from './channels/chorus-connection-channels';
import { companyChannels } from './channels/company-channels';
import { invoiceFileChannels, invoicingChannels } from './channels/invoicing-channels';
import { onboardingChannels } from './channels/onboarding-channels';
import { publicDirectoryChannels } from './channels/public-directory-channels';
import { taskChannels } from './channels/task-channels';
import { backupChannels } from './channels/backup-channels';
import { exportChannels } from './channels/export-channels';
import { sendingChannels } from './channels/sending-channels';

export type { AppInfo } from './channels/app-channels';

/**
 * The IPC contract: every channel the renderer may call (`domain:action`), with the schema of what it
 * sends and of what it gets back. Main parses every request with it; the preload and the browser
 * transport accept only these names. Each domain lists its channels in channels/<domain>-channels.ts;
 * add the handler in main/ipc/handlers/. A write declares `changes`.
 */
export const contract = {
  ...appChannels,
  ...companyChannels,
  ...chorusConnectionChannels,
  ...onboardingChannels,
  ...invoicingChannels,
  ...invoiceFileChannels,
  ...taskChannels,
  ...publicDirectoryChannels,
  ...backupChannels,
  ...exportChannels,
  ...sendingChannels,
} as const satisfies Record<string, ChannelSpec>;

/**
 * A channel: what it takes, what it gives, and for a write the lists it changes (the invoker then emits
 * `data:changed` with them, so every open screen refetches what it shows).
 */
export interface ChannelSpec {
  request: z.ZodType;
  response: z.ZodType;
  changes?: readonly DataList[];
}

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export const channels = Object.freeze(Object.keys(contract)) as readonly Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
