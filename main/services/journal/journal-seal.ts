import { createHmac, randomBytes } from 'node:crypto';
import { sha256 } from './journal-hash';

/**
 * The key that anchors the journal: entries from the first `journal.anchored` entry on are chained with
 * HMAC-SHA256 under it instead of a bare SHA-256, so someone who edits the database file cannot compute
 * a valid chain again without the key, which lives in the SecretStore (the OS keychain on the desktop),
 * never in the database. `keyId` names the key without revealing it (recorded in each anchor entry).
 */
export interface JournalSeal {
  readonly keyId: string;
  mac(text: string): string;
}

export const SEAL_KEY_BYTES = 32;

export function sealOf(key: Buffer): JournalSeal {
  return {
    keyId: sha256(key).slice(0, 16),
    mac: (text) => createHmac('sha256', key).update(text, 'utf8').digest('hex'),
  };
}

export function newSealKey(): Buffer {
  return randomBytes(SEAL_KEY_BYTES);
}

/** The MAC of the journal's head (sequence and hash of its last entry), kept in `journal_head`. */
export function headMac(seal: JournalSeal, seq: number, hash: string): string {
  return seal.mac(`journal-head:${seq}:${hash}`);
}
