import { connect, type Socket } from 'node:net';

export interface RawReply {
  /** Everything the server wrote before it closed the connection or the wait ended. */
  raw: string;
  /** The status of the first response, or null when none came. */
  status: number | null;
  /** The body of the first response (after the blank line), as text. */
  body: string;
  headers: Record<string, string>;
  /** True when the server closed the connection (FIN or reset) before the wait ended. */
  isClosed: boolean;
  /** True when the connection ended with a reset rather than a clean close. */
  isReset: boolean;
}

export function parseReply(bytes: Buffer): Pick<RawReply, 'status' | 'body' | 'headers'> {
  const raw = bytes.toString('latin1');
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(raw);
  const split = raw.indexOf('\r\n\r\n');
  const headers: Record<string, string> = {};
  if (split >= 0) {
    for (const line of raw.slice(0, split).split('\r\n').slice(1)) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return { status: match ? Number(match[1]) : null, body: split >= 0 ? bytes.subarray(split + 4).toString('utf8') : '', headers };
}

/**
 * Writes bytes on a raw TCP connection to the host and collects what comes back, as an attacker or a
 * broken client would see it: no HTTP library between the test and the server.
 */
export function rawExchange(
  port: number,
  chunks: Array<string | Buffer>,
  options: { waitMs?: number; endAfterWrite?: boolean; untilResponse?: boolean } = {},
): Promise<RawReply> {
  const waitMs = options.waitMs ?? 2_000;
  return new Promise((resolve) => {
    const received: Buffer[] = [];
    let isReset = false;
    let isDone = false;
    const socket: Socket = connect({ host: '127.0.0.1', port });
    const finish = (isClosed: boolean) => {
      if (isDone) return;
      isDone = true;
      clearTimeout(timer);
      socket.destroy();
      const bytes = Buffer.concat(received);
      resolve({ raw: bytes.toString('latin1'), ...parseReply(bytes), isClosed, isReset });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('connect', () => {
      for (const chunk of chunks) socket.write(chunk);
      if (options.endAfterWrite) socket.end();
    });
    socket.on('data', (data: Buffer) => {
      received.push(data);
      if (options.untilResponse && isCompleteResponse(Buffer.concat(received).toString('latin1'))) finish(false);
    });
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') isReset = true;
    });
    socket.on('close', () => finish(true));
  });
}

/** A whole response: headers and a body of the announced length. */
function isCompleteResponse(raw: string): boolean {
  const split = raw.indexOf('\r\n\r\n');
  if (split < 0) return false;
  const length = /\r\ncontent-length: *(\d+)/i.exec(raw.slice(0, split));
  return length !== null && Buffer.byteLength(raw.slice(split + 4), 'latin1') >= Number(length[1]);
}
