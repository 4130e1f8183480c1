import type { Migration } from './migration';

const GENESIS = '0'.repeat(64);

/**
 * The journal only grows at its end: an entry is accepted only with the next sequence number and the
 * hash of the current last entry as its previous hash, so no entry can be slipped in the middle.
 *
 * `journal_head` holds the last entry's sequence and hash with a keyed MAC (HMAC-SHA256, key in the
 * SecretStore, never in this file): cutting the end of the journal leaves a head that points past it,
 * and moving the head back needs either the key or a head copied from an older state of the file. The
 * row is written by the app at each append; its triggers only let it point at the real last entry. It
 * is created when the core anchors the journal (main/services/journal/journal-anchor.ts).
 */
export const migration0008: Migration = {
  version: 8,
  name: 'journal appended at its head, keyed head',
  up(db) {
    const followsJournal = `WHEN NEW.seq IS NOT (SELECT MAX(seq) FROM journal) OR NEW.hash IS NOT (SELECT hash FROM journal WHERE seq = NEW.seq)
      BEGIN SELECT RAISE(ABORT, 'La tête du journal désigne sa dernière entrée.'); END;`;
    db.exec(`
      CREATE TRIGGER journal_append_at_head BEFORE INSERT ON journal
        WHEN NEW.seq IS NOT (SELECT COALESCE(MAX(seq), 0) + 1 FROM journal)
          OR NEW.previous_hash IS NOT COALESCE((SELECT hash FROM journal ORDER BY seq DESC LIMIT 1), '${GENESIS}')
        BEGIN SELECT RAISE(ABORT, 'Le journal ne s’écrit qu’à la suite de sa dernière entrée.'); END;

      CREATE TABLE journal_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        key_id TEXT NOT NULL,
        mac TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER journal_head_insert BEFORE INSERT ON journal_head ${followsJournal}
      CREATE TRIGGER journal_head_update BEFORE UPDATE ON journal_head ${followsJournal}
      CREATE TRIGGER journal_head_no_delete BEFORE DELETE ON journal_head
        BEGIN SELECT RAISE(ABORT, 'La tête du journal ne se supprime pas.'); END;
    `);
  },
};
