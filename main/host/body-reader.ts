import type { IncomingMessage } from 'node:http';

/**
 * Bytes of request bodies held in memory, all requests together. A request reserves each chunk as it
 * arrives and gives everything back when it is answered, so parallel uploads cannot exhaust memory.
 */
export interface BodyBudget {
  reserve(bytes: number): boolean;
  release(bytes: number): void;
  inUse(): number;
}

export function createBodyBudget(totalBytes: number): BodyBudget {
  let used = 0;
  return {
    reserve(bytes) {
      if (used + bytes > totalBytes) return false;
      used += bytes;
      return true;
    },
    release(bytes) {
      used = Math.max(0, used - bytes);
    },
    inUse: () => used,
  };
}

export type BodyOutcome =
  | { kind: 'read'; text: string; release: () => void }
  | { kind: 'too_large' }
  | { kind: 'busy' }
  | { kind: 'aborted' };

/**
 * Reads a request body within `maxBytes` and the shared budget. When it must refuse, it stops keeping
 * the data but goes on reading (and dropping) it, so the refusal can be sent whole: closing a socket the
 * client is still writing to makes it reset the connection, and the client never sees the answer.
 */
export function readBody(request: IncomingMessage, maxBytes: number, budget: BodyBudget): Promise<BodyOutcome> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let reserved = 0;
    let isSettled = false;
    const settle = (outcome: BodyOutcome) => {
      if (isSettled) return;
      isSettled = true;
      request.removeListener('data', onData);
      if (outcome.kind !== 'read') {
        chunks.length = 0;
        budget.release(reserved);
        reserved = 0;
        request.resume();
      }
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return settle({ kind: 'too_large' });
      if (!budget.reserve(chunk.length)) return settle({ kind: 'busy' });
      reserved += chunk.length;
      chunks.push(chunk);
    };
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) return settle({ kind: 'too_large' });
    request.on('data', onData);
    request.on('end', () => {
      const held = reserved;
      let isReleased = false;
      settle({
        kind: 'read',
        text: Buffer.concat(chunks).toString('utf8'),
        release: () => {
          if (isReleased) return;
          isReleased = true;
          budget.release(held);
        },
      });
    });
    request.on('error', () => settle({ kind: 'aborted' }));
    request.on('close', () => settle({ kind: 'aborted' }));
  });
}
