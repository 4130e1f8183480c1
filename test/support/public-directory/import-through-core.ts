import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Core } from '../../../main/app/create-core';
import { DIRECTORY_UPLOAD_CHUNK_BYTES } from '@shared/ipc/channels/public-directory-channels';
import type { TaskProgress } from '@shared/ipc/task-progress';
import { valueOf } from '../invoicing-setup';

/** Resolves with the last `task:progress` of a task once it is done, failed or cancelled. */
export function taskEnd(core: Core, taskId: () => string | null): { ended: Promise<TaskProgress>; seen: TaskProgress[] } {
  const seen: TaskProgress[] = [];
  const ended = new Promise<TaskProgress>((resolve) => {
    const stop = core.events.subscribe((event, payload) => {
      if (event !== 'task:progress') return;
      const progress = payload as TaskProgress;
      if (progress.taskId !== taskId()) return;
      seen.push(progress);
      if (progress.state !== 'running') {
        stop();
        resolve(progress);
      }
    });
  });
  return { ended, seen };
}

/** Sends a file to the core the way the page does (pieces of base64 through the contract); returns its upload id. */
export async function uploadThroughCore(core: Core, path: string, fileName = basename(path)): Promise<string> {
  const bytes = readFileSync(path);
  const { uploadId } = valueOf(await core.invoke('directory:beginUpload', { fileName, size: bytes.length }));
  for (let index = 0, offset = 0; offset < bytes.length; index++, offset += DIRECTORY_UPLOAD_CHUNK_BYTES) {
    valueOf(await core.invoke('directory:uploadChunk', { uploadId, index, base64: bytes.subarray(offset, offset + DIRECTORY_UPLOAD_CHUNK_BYTES).toString('base64') }));
  }
  return uploadId;
}

/**
 * Sends a file to the core the way the page does (pieces of base64 through the IPC contract), starts its
 * import and waits for the task to end. Returns the task's last progress event and every one seen.
 */
export async function importThroughCore(core: Core, path: string, fileName = basename(path)): Promise<{ last: TaskProgress; seen: TaskProgress[] }> {
  const uploadId = await uploadThroughCore(core, path, fileName);
  let taskId: string | null = null;
  const end = taskEnd(core, () => taskId);
  taskId = valueOf(await core.invoke('directory:importUpload', { uploadId })).taskId;
  return { last: await end.ended, seen: end.seen };
}

/** « Mettre à jour l’annuaire » as the page asks it; resolves with the task's last progress event. */
export async function refreshThroughCore(core: Core): Promise<TaskProgress> {
  let taskId: string | null = null;
  const end = taskEnd(core, () => taskId);
  taskId = valueOf(await core.invoke('directory:refresh', {})).taskId;
  return end.ended;
}
