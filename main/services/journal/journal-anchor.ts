import type { Database } from 'better-sqlite3';
import { createJournalRepository } from '../../db/repositories/journal-repository';
import { AppError } from '../../errors/app-error';
import type { Clock } from '../clock';
import type { SecretName, SecretStore } from '../secrets/secret-store';
import { createJournal } from './journal';
import { newSealKey, SEAL_KEY_BYTES, sealOf, type JournalSeal } from './journal-seal';

/**
 * The SecretStore name of the journal's key. SecretName (main/services/secrets, not ours to edit here)
 * lists the Chorus Pro secrets only; this is the third one, to be added to that union.
 */
export const ANCHOR_KEY_SECRET: SecretName = 'journal.anchorKey';

/**
 * Why an anchor entry was written: the first start of a new database, the first start of a database
 * whose journal was chained before anchoring existed ('upgrade': its earlier entries stay SHA-256 and
 * are sealed by the anchor entry's link to them), or a key that is not the one of the last anchor:
 * lost ('key-missing', a new key is made) or another one ('key-changed', the database came from
 * another computer). Entries under a key this computer does not have are checked by their links only.
 */
export type AnchorReason = 'first-start' | 'upgrade' | 'key-missing' | 'key-changed';

export interface JournalAnchor {
  /** The seal for the next entry, anchoring the journal first (same transaction) when needed. */
  seal(): JournalSeal;
  /** At start: anchors in a transaction of its own; false (and nothing written) when the key cannot be had. */
  ensure(): boolean;
  /** The key for checking, if it can be read; never writes. */
  currentSeal(): JournalSeal | null;
  /** The database or the secrets were replaced (a restore): the key is read again, the chain anchored if needed. */
  reload(): boolean;
}

function unsealed(): AppError {
  return new AppError(
    'record_unsealed',
    'Le registre ne peut pas être scellé : la clé du journal, gardée avec les secrets de Facturier, est illisible. Rien n’a été enregistré. Réinitialisez les secrets dans Réglages, puis réessayez.',
  );
}

export function createJournalAnchor(db: Database, secrets: SecretStore, clock: Clock): JournalAnchor {
  const repository = createJournalRepository(db);
  const journal = createJournal(db, () => {
    throw new Error('the anchor writes only its own entry');
  });
  let key: Buffer | null = null;

  /** The stored key; a value of the wrong size counts as lost. Read inside the write transaction. */
  function readKey(): Buffer | null {
    if (key) return key;
    let stored: string | null;
    try {
      stored = secrets.get(ANCHOR_KEY_SECRET);
    } catch {
      throw unsealed();
    }
    const decoded = stored === null ? null : Buffer.from(stored, 'base64');
    key = decoded?.length === SEAL_KEY_BYTES ? decoded : null;
    return key;
  }

  function latestKeyId(): string | null {
    const anchor = repository.latestAnchor();
    if (!anchor) return null;
    try {
      const payload = JSON.parse(anchor.payload) as { keyId?: unknown };
      return typeof payload.keyId === 'string' ? payload.keyId : '';
    } catch {
      return '';
    }
  }

  function anchor(): JournalSeal {
    const stored = readKey();
    const latest = latestKeyId();
    if (stored && latest === sealOf(stored).keyId) return sealOf(stored);
    const fresh = stored ?? newSealKey();
    if (!stored) {
      try {
        secrets.set(ANCHOR_KEY_SECRET, fresh.toString('base64'));
      } catch {
        throw unsealed();
      }
      key = fresh;
    }
    const seal = sealOf(fresh);
    const last = repository.last();
    const reason: AnchorReason = latest === null ? (last ? 'upgrade' : 'first-start') : stored ? 'key-changed' : 'key-missing';
    journal.appendWith(
      {
        at: clock.now().toISOString(),
        kind: 'journal.anchored',
        entity: 'journal',
        entityId: null,
        payload: { keyId: seal.keyId, reason, previousKeyId: latest, previousSeq: last?.seq ?? 0 },
      },
      seal,
    );
    return seal;
  }

  return {
    seal: () => (db.inTransaction ? anchor() : db.transaction(anchor).immediate()),
    ensure(): boolean {
      try {
        db.transaction(anchor).immediate();
        return true;
      } catch (error) {
        if (error instanceof AppError) return false;
        throw error;
      }
    },
    reload(): boolean {
      key = null;
      return this.ensure();
    },
    currentSeal(): JournalSeal | null {
      try {
        const stored = readKey();
        return stored ? sealOf(stored) : null;
      } catch {
        return null;
      }
    },
  };
}
