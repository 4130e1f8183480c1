import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { JournalSeal } from './journal-seal';

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export interface JournalEvent {
  at: string;
  kind: string;
  entity: string;
  entityId: number | null;
  payload: Record<string, unknown>;
}

/** Hex SHA-256 of a text (UTF-8) or of bytes: the one hash of the journal, documents and files. */
export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The link of one entry: over the previous hash and the canonical JSON of the event, SHA-256 for the
 * entries written before the journal was anchored, HMAC-SHA256 under the seal's key from then on.
 */
export function eventHash(previousHash: string, event: JournalEvent, seal: JournalSeal | null = null): string {
  const text = previousHash + canonicalJson(event);
  return seal ? seal.mac(text) : sha256(text);
}
