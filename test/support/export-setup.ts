import { readFileSync } from 'node:fs';
import type { Core } from '../../main/app/create-core';
import type { TaskFile } from '@shared/ipc/task-progress';
import { followTask } from './backup-setup';
import { valueOf } from './invoicing-setup';

/**
 * Runs an export channel as the page does (browser host): the answer's task id, the task's last event, and
 * the file the download would send. Returns its path, and marks the download served.
 */
export async function downloadOf(core: Core, start: () => Promise<unknown>): Promise<{ path: string; fileName: string; message: string; bytes: Buffer }> {
  const tasks = followTask(core);
  const answer = (await start()) as { status: string; taskId?: string };
  if (answer.status !== 'started' || !answer.taskId) throw new Error(`expected a started task, got ${JSON.stringify(answer)}`);
  const last = await tasks.finished(answer.taskId);
  if (last.state !== 'done') throw new Error(`task ${last.state}: ${last.message}`);
  const file = last.file as TaskFile;
  if (file.status !== 'download') throw new Error('expected a download');
  const download = core.transfers.take(file.downloadId);
  if (!download) throw new Error('download gone');
  const bytes = readFileSync(download.path);
  return { path: download.path, fileName: download.fileName, message: last.message ?? '', bytes };
}

/** The same through the core's invoke, unwrapped. */
export const viaInvoke = (core: Core, channel: 'exports:archive' | 'logs:export' | 'exports:receiptsBook', input: object) => async () =>
  valueOf(await core.invoke(channel as 'exports:archive', input as Record<string, never>));
