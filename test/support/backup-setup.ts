import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../main/app/create-core';
import { backupChainHead } from '../../main/services/backup/chain-head';
import type { DesktopActions } from '../../main/services/desktop-actions';
import type { TaskProgress } from '@shared/ipc/task-progress';
import { draftFor, setUpSeller, valueOf } from './invoicing-setup';

/** A shop with issued invoices (3 or more), a payment, a paid invoice and a credit note: what a backup must carry whole. */
export async function shopWithHistory(core: Core, invoices = 3): Promise<{ ids: number[] }> {
  const { customerId } = await setUpSeller(core);
  const { today } = valueOf(await core.invoke('app:info', {}));
  const ids: number[] = [];
  for (let i = 0; i < invoices; i++) {
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, { issueDate: today }) }));
    valueOf(await core.invoke('invoices:issue', { id }));
    ids.push(id);
  }
  valueOf(await core.invoke('payments:record', { invoiceId: ids[0] as number, paidOn: today, amountCents: 5000, mode: 'transfer' }));
  valueOf(await core.invoke('payments:markPaid', { invoiceId: ids[1] as number, paidOn: today, mode: 'cheque' }));
  const note = valueOf(await core.invoke('invoices:createCreditNote', { invoiceId: ids[2] as number }));
  valueOf(await core.invoke('invoices:issue', { id: note.id }));
  return { ids: [...ids, note.id] };
}

/** Everything a user sees of their records, to compare two data folders. */
export async function recordsOf(core: Core) {
  const page = valueOf(await core.invoke('invoices:list', { limit: 100 }));
  const details = await Promise.all(page.rows.map(async (item) => valueOf(await core.invoke('invoices:get', { id: item.id }))));
  const files = await Promise.all(page.rows.filter((i) => i.status === 'issued').map(async (item) => valueOf(await core.invoke('invoices:files', { id: item.id }))));
  return { page, details, files, journal: valueOf(await core.invoke('journal:verify', {})), chainHead: backupChainHead(core.db) };
}

/** The desktop shell as a user drives it: the dialogs answer with the paths the test chose. */
export function scriptedDesktop(answers: { save?: string | null; open?: string | null }): DesktopActions & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    openFile: async () => undefined,
    chooseSavePath: async (options) => {
      asked.push(options.title);
      return answers.save ?? null;
    },
    chooseOpenPath: async (options) => {
      asked.push(options.title);
      return answers.open ?? null;
    },
  };
}

/** The events of one task, and a promise of its last one. */
export function followTask(core: Core): { events: TaskProgress[]; finished: (taskId: string) => Promise<TaskProgress> } {
  const events: TaskProgress[] = [];
  const waiters = new Map<string, (event: TaskProgress) => void>();
  core.events.subscribe((name, payload) => {
    if (name !== 'task:progress') return;
    const event = payload as TaskProgress;
    events.push(event);
    if (event.state !== 'running') waiters.get(event.taskId)?.(event);
  });
  return {
    events,
    finished: (taskId) => {
      const done = events.find((e) => e.taskId === taskId && e.state !== 'running');
      return done ? Promise.resolve(done) : new Promise((resolve) => waiters.set(taskId, resolve));
    },
  };
}

export const backupFiles = (dataDir: string) => readdirSync(join(dataDir, 'backups')).filter((name) => name.endsWith('.sqlite')).sort();
