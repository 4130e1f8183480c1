import type { Channel, Contract } from '@shared/ipc/contract';
import type { DataList } from '@shared/ipc/data-lists';

/** The channels that change nothing (no `changes` in the contract): what a screen may read with a query. */
export type ReadChannel = { [C in Channel]: Contract[C] extends { changes: readonly DataList[] } ? never : C }[Channel];

/**
 * What each read channel shows, as the lists of `shared/ipc/data-lists.ts`: when a write (or background
 * work) announces `data:changed { lists }`, every query whose channel reads one of them is refetched.
 * `'action'` marks the channels that read nothing worth keeping (a file to save, a check run on demand):
 * they are called from event handlers, never cached.
 *
 * Adding a channel to the contract without a line here is a type error, on purpose: say what it reads.
 */
export const QUERY_READS = {
  'app:info': ['app'],
  // Polled (api/backend-status.ts), never invalidated: it shows no data.
  'app:ping': [],
  'company:get': ['company'],
  'company:getLogo': ['company'],
  'chorusConnection:get': ['chorus-connection'],
  'onboarding:get': ['onboarding'],
  // The calendar depends on the business profile, and the password renewal on the saved password's date.
  'calendar:get': ['onboarding', 'chorus-connection'],
  'customers:get': ['customers'],
  'customers:search': ['customers'],
  'catalogue:get': ['catalogue'],
  'catalogue:list': ['catalogue'],
  'invoices:list': ['invoices', 'payments', 'customers'],
  // A draft's findings are computed against the company profile and its customer: fixing either in
  // another screen changes what the editor's panel says.
  'invoices:get': ['invoices', 'payments', 'journal', 'files', 'customers', 'company'],
  'invoices:check': ['invoices', 'customers', 'company'],
  'invoices:nextNumber': ['invoices', 'company'],
  'invoices:downPayments': ['invoices'],
  'invoices:files': ['files'],
  'invoices:verifyFiles': ['files'],
  'invoices:file': 'action',
  'invoices:openFile': 'action',
  'journal:verify': 'action',
  // The last entry of the journal moves with every write that journals.
  'journal:head': ['journal', 'invoices', 'payments', 'customers', 'catalogue'],
  // The next numbers depend on the patterns typed and on what was issued since.
  'company:numberPreview': ['invoices', 'company'],
  'tasks:list': ['tasks'],
  'tasks:cancel': 'action',
  // The directory of public structures (issue 12): an import's end announces 'public-directory'.
  'directory:status': ['public-directory', 'tasks'],
  'directory:search': ['public-directory'],
  'directory:structure': ['public-directory'],
  'directory:beginUpload': 'action',
  'directory:uploadChunk': 'action',
  'backups:status': ['backups'],
  'receipts:book': ['payments', 'invoices', 'company'],
  'exports:turnover': ['payments', 'invoices', 'company'],
  // Exports start a task and answer its id: nothing to keep.
  'exports:archive': 'action',
  'exports:receiptsBook': 'action',
  'logs:export': 'action',
  // Sending (API and portal): the sender's background work announces 'sending' as it goes.
  'sending:list': ['sending', 'invoices'],
  'sending:get': ['sending', 'invoices', 'journal'],
  'sending:summary': ['sending', 'invoices', 'settings'],
  'sending:getSettings': ['settings', 'sending'],
  'sending:portalGuide': ['invoices', 'chorus-connection'],
  'sending:syncNow': 'action',
  'sending:openPortal': 'action',
  'sending:portalFile': 'action',
  'chorusStructures:search': 'action',
  'chorusStructures:get': ['customers'],
} as const satisfies Record<ReadChannel, readonly DataList[] | 'action'>;

/** A channel a screen may keep in the query cache. */
export type QueryChannel = { [C in ReadChannel]: (typeof QUERY_READS)[C] extends 'action' ? never : C }[ReadChannel];

/** Does a query of this channel show any of these lists? Unknown names (an old cache entry) say yes. */
export function readsAnyOf(channel: string, lists: readonly DataList[]): boolean {
  const reads = (QUERY_READS as Record<string, readonly DataList[] | 'action' | undefined>)[channel];
  if (reads === undefined) return true;
  if (reads === 'action') return false;
  return reads.some((list) => lists.includes(list));
}
