import type { Migration } from './migration';

/**
 * The sending life of issued invoices and credit notes (issues 10 and 11): one row per piece whatever the
 * path (API or portal), the Chorus Pro statuses it went through, and the lease that lets one sender at a
 * time work on this database across processes.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'sending',
  up(db) {
    db.exec(`
      CREATE TABLE sendings (
        invoice_id INTEGER PRIMARY KEY REFERENCES invoices (id),
        channel TEXT NOT NULL CHECK (channel IN ('api', 'portal')),
        stage TEXT NOT NULL CHECK (stage IN ('queued', 'depositing', 'deposited', 'integrated', 'flux_rejected', 'to_deposit', 'deposited_portal', 'cancelled')),
        -- Search the supplier's invoices by number before depositing (an entry that was on the portal path).
        check_remote INTEGER NOT NULL DEFAULT 0 CHECK (check_remote IN (0, 1)),
        -- Who moved it to 'depositing' and when: a deposit in flight is reconciled only once it cannot still be running.
        claimed_by TEXT,
        claimed_at TEXT,
        -- One deposit may carry several pieces (a batch deposited on the portal, matched later): not unique.
        flux_number TEXT,
        flux_date TEXT,
        flux_state TEXT,
        flux_errors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(flux_errors)),
        chorus_invoice_id INTEGER,
        chorus_status TEXT,
        chorus_status_at TEXT,
        portal_deposit_date TEXT,
        portal_number TEXT,
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        -- When the sender looks at it next; NULL: nothing to do by itself (final, cancelled, waiting for the user).
        next_attempt_at TEXT,
        last_error_code TEXT,
        last_error_message TEXT,
        -- When the Chorus Pro side last moved (deposit, integration, a new status): old pieces are polled less.
        changed_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (stage <> 'depositing' OR (claimed_by IS NOT NULL AND claimed_at IS NOT NULL)),
        CHECK (stage NOT IN ('deposited', 'integrated') OR flux_number IS NOT NULL OR chorus_invoice_id IS NOT NULL),
        CHECK (stage <> 'deposited_portal' OR portal_deposit_date IS NOT NULL)
      ) STRICT;
      CREATE INDEX sendings_due ON sendings (next_attempt_at) WHERE next_attempt_at IS NOT NULL;
      CREATE INDEX sendings_by_stage ON sendings (stage, chorus_status);
      CREATE INDEX sendings_by_flux ON sendings (flux_number) WHERE flux_number IS NOT NULL;

      -- Exactly once: a deposit number, once known, never changes or goes away, and an entry that has one
      -- never goes back to a stage that deposits.
      CREATE TRIGGER sendings_flux_number_kept BEFORE UPDATE OF flux_number ON sendings
        WHEN OLD.flux_number IS NOT NULL AND NEW.flux_number IS NOT OLD.flux_number
        BEGIN SELECT RAISE(ABORT, 'Le numéro de dépôt Chorus Pro d’une pièce ne change jamais.'); END;
      CREATE TRIGGER sendings_never_redeposit BEFORE UPDATE OF stage ON sendings
        WHEN (OLD.flux_number IS NOT NULL OR OLD.chorus_invoice_id IS NOT NULL OR OLD.stage IN ('deposited', 'integrated', 'deposited_portal'))
          AND NEW.stage IN ('queued', 'depositing', 'to_deposit', 'cancelled')
        BEGIN SELECT RAISE(ABORT, 'Cette pièce est déjà chez Chorus Pro : elle ne sera pas déposée une seconde fois.'); END;
      CREATE TRIGGER sendings_no_delete BEFORE DELETE ON sendings
        BEGIN SELECT RAISE(ABORT, 'L’historique d’envoi d’une pièce ne peut pas être effacé.'); END;
      CREATE TRIGGER sendings_only_issued BEFORE INSERT ON sendings
        WHEN (SELECT status FROM invoices WHERE id = NEW.invoice_id) IS NOT 'issued'
        BEGIN SELECT RAISE(ABORT, 'Seule une pièce émise peut être envoyée.'); END;

      -- The Chorus Pro statuses a piece went through, read by the API or recorded by hand: facts, never edited.
      CREATE TABLE sending_statuses (
        id INTEGER PRIMARY KEY,
        invoice_id INTEGER NOT NULL REFERENCES sendings (invoice_id),
        status TEXT NOT NULL,
        status_at TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL CHECK (source IN ('api', 'manual')),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX sending_statuses_once ON sending_statuses (invoice_id, source, status, status_at);
      CREATE TRIGGER sending_statuses_no_update BEFORE UPDATE ON sending_statuses
        BEGIN SELECT RAISE(ABORT, 'Un statut enregistré ne se modifie pas.'); END;
      CREATE TRIGGER sending_statuses_no_delete BEFORE DELETE ON sending_statuses
        BEGIN SELECT RAISE(ABORT, 'Un statut enregistré ne s’efface pas.'); END;

      -- One holder at a time per name ('sender'): expiry in epoch milliseconds, renewed while it works;
      -- epoch grows at every change of holder.
      CREATE TABLE leases (
        name TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        epoch INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        renewed_at INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
