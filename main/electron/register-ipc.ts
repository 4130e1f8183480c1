import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channels } from '@shared/ipc/contract';
import { errorMessages } from '@shared/errors/error-codes';
import { fail } from '@shared/ipc/result';
import type { EventBus } from '../events/event-bus';
import type { Invoke } from '../ipc/invoker';
import { isOwnPage } from './navigation-policy';

/**
 * One ipcMain handler per contract channel, forwarded to the core (in its own process); calls from any
 * other frame or page are refused here, before they reach it.
 */
export function registerIpc(invoke: Invoke, appUrl: string): void {
  const isTrusted = (event: IpcMainInvokeEvent) =>
    event.senderFrame !== null && event.senderFrame === event.sender.mainFrame && isOwnPage(event.senderFrame.url, appUrl);
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) =>
      isTrusted(event) ? invoke(channel, input) : fail('forbidden_origin', errorMessages.forbidden_origin),
    );
  }
}

/** Forwards the core's events to the window. */
export function forwardEvents(events: EventBus, contents: WebContents): () => void {
  return events.subscribe((event, payload) => {
    if (!contents.isDestroyed()) contents.send(`event:${event}`, payload);
  });
}
