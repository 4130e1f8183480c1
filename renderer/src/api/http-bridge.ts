import type { FacturierBridge } from '@shared/ipc/bridge';
import { isChannel } from '@shared/ipc/contract';
import { errorMessages } from '@shared/errors/error-codes';
import { isEventName, type EventName } from '@shared/ipc/events';
import { fail, type Result } from '@shared/ipc/result';

/** The browser host's transport: the same contract over `POST /ipc/<channel>` and Server-Sent Events. */
export function createHttpBridge(token: string): FacturierBridge {
  let source: EventSource | null = null;
  const eventSource = () => (source ??= new EventSource(`./events?token=${encodeURIComponent(token)}`));

  return {
    transport: 'browser',
    async invoke(channel, input) {
      if (!isChannel(channel)) return fail('unknown_channel', errorMessages.unknown_channel);
      try {
        const response = await fetch(`./ipc/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Facturier-Token': token },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Result<never>;
      } catch {
        return fail('network', errorMessages.network);
      }
    },
    on(event: EventName, listener: (payload: never) => void) {
      if (!isEventName(event)) return () => undefined;
      const handler = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as never);
      eventSource().addEventListener(event, handler);
      return () => eventSource().removeEventListener(event, handler);
    },
  };
}
