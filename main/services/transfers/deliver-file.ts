import { renameSync, rmSync } from 'node:fs';
import type { TaskFile } from '@shared/ipc/task-progress';
import type { DesktopActions, FileDialogOptions } from '../desktop-actions';
import type { FileTransfers } from './file-transfers';

/** Where a file the user asked for goes: a path they chose (desktop) or a download (browser host). */
export type Destination = { kind: 'path'; path: string } | { kind: 'download' };

/** Where the file went, as the task's last event tells the page (TaskFile in shared/ipc/task-progress.ts). */
export type Delivered = TaskFile;

/** Asks the desktop user where to save, before any work starts; the browser host always downloads. */
export async function chooseDestination(desktop: DesktopActions | undefined, options: FileDialogOptions): Promise<Destination | null> {
  if (!desktop) return { kind: 'download' };
  const path = await desktop.chooseSavePath(options);
  return path === null ? null : { kind: 'path', path };
}

/**
 * Makes a file for the user: `produce` writes it to a path we give (beside the destination, renamed into
 * place only when whole, so a failure never leaves half a file where the user looks), then the file is
 * either in place or offered as a download.
 */
export async function deliverFile(
  destination: Destination,
  produce: (path: string) => Promise<void>,
  file: { fileName: string; mimeType: string; workPath: string; transfers: FileTransfers; onDelivered?: (where: string) => void },
): Promise<Delivered> {
  const target = destination.kind === 'path' ? `${destination.path}.partiel` : file.workPath;
  try {
    await produce(target);
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  }
  if (destination.kind === 'path') {
    renameSync(target, destination.path);
    file.onDelivered?.(destination.path);
    return { status: 'saved', savedTo: destination.path };
  }
  const downloadId = file.transfers.offer({
    path: target,
    fileName: file.fileName,
    mimeType: file.mimeType,
    isTemporary: true,
    ...(file.onDelivered ? { onServed: () => file.onDelivered?.(file.fileName) } : {}),
  });
  return { status: 'download', downloadId, fileName: file.fileName };
}
