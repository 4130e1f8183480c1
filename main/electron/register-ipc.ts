import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channels } from '@shared/ipc/contract';
import { errorMessages } from '@shared/errors/error-codes';
import { fail } from '@shared/ipc/result';
import type { Core } from '../app/create-core';
import { isOwnPage } from './navigation-policy';

/** One ipcMain handler per contract channel; calls from any other frame or page are refused. */
export function registerIpc(core: Core, appUrl: string): void {
  const isTrusted = (event: IpcMainInvokeEvent) =>
    event.senderFrame !== null && event.senderFrame === event.sender.mainFrame && isOwnPage(event.senderFrame.url, appUrl);
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) =>
      isTrusted(event) ? core.invoke(channel, input) : fail('forbidden_origin', errorMessages.forbidden_origin),
    );
  }
}

/** Forwards main's events to the window. */
export function forwardEvents(core: Core, contents: WebContents): () => void {
  return core.events.subscribe((event, payload) => {
    if (!contents.isDestroyed()) contents.send(`event:${event}`, payload);
  });
}
