import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { EventBus } from '../events/event-bus';

const KEEPALIVE_MS = 25_000;

/** One Server-Sent Events stream per open page; ends when the page goes away. */
export function openEventStream(
  request: IncomingMessage,
  response: ServerResponse,
  bus: EventBus,
  headers: OutgoingHttpHeaders,
): void {
  response.writeHead(200, {
    ...headers,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write(': connecté\n\n');
  const unsubscribe = bus.subscribe((event, payload) => {
    response.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
  });
  const keepalive = setInterval(() => response.write(': ping\n\n'), KEEPALIVE_MS);
  request.on('close', () => {
    clearInterval(keepalive);
    unsubscribe();
  });
}
