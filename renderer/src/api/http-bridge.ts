import type { FacturierBridge } from '@shared/ipc/bridge';
import { isChannel } from '@shared/ipc/contract';
import { errorMessages } from '@shared/errors/error-codes';
import { isEventName, type EventName } from '@shared/ipc/events';
import { fail, type Result } from '@shared/ipc/result';
import { reportSessionLost } from './session-status';

/**
 * The browser host's transport: the same contract over `POST /ipc/<channel>` and Server-Sent Events.
 * The page holds no secret: the session is an HttpOnly cookie the browser sends by itself. A 401 means
 * the host no longer knows this tab (it was restarted): the page is told, to ask for the new link.
 */
export function createHttpBridge(): FacturierBridge {
  let source: EventSource | null = null;
  const invoke: FacturierBridge['invoke'] = async (channel, input) => {
    if (!isChannel(channel)) return fail('unknown_channel', errorMessages.unknown_channel);
    try {
      const response = await fetch(`./ipc/${channel}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
      if (response.status === 401) reportSessionLost();
      return (await response.json()) as Result<never>;
    } catch {
      return fail('network', errorMessages.network);
    }
  };
  const eventSource = () => {
    if (source) return source;
    source = new EventSource('./events');
    // The browser retries a dropped stream by itself, but gives up on a refusal: ask the host why.
    source.addEventListener('error', () => {
      if (source?.readyState === EventSource.CLOSED) void invoke('app:info', {});
    });
    return source;
  };

  return {
    transport: 'browser',
    invoke,
    on(event: EventName, listener: (payload: never) => void) {
      if (!isEventName(event)) return () => undefined;
      const handler = (message: MessageEvent<string>) => listener(JSON.parse(message.data) as never);
      eventSource().addEventListener(event, handler);
      return () => eventSource().removeEventListener(event, handler);
    },
  };
}
