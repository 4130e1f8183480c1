import { z } from 'zod';

/**
 * The lists of data the renderer shows and the core may change. A write names the lists it changed in a
 * `data:changed` event (the contract declares them per channel; background work emits its own), and the
 * renderer refetches only the queries that read those lists.
 */
export const DataList = z.enum([
  'app',
  'company',
  'settings',
  'onboarding',
  'chorus-connection',
  'customers',
  'catalogue',
  'invoices',
  'payments',
  'files',
  'journal',
  'tasks',
  'public-directory',
  'backups',
  'sending',
]);
export type DataList = z.infer<typeof DataList>;
