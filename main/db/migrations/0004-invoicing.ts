import type { Migration } from './migration';

const immutable = (table: string, message: string, when = '') => `
  CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table} ${when}
  BEGIN SELECT RAISE(ABORT, '${message}'); END;
  CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} ${when}
  BEGIN SELECT RAISE(ABORT, '${message}'); END;`;

/**
 * Customers, catalogue, invoices and credit notes, gapless numbering, payments and the hash-chained
 * journal. What an issued invoice says lives in `invoices.document` (the frozen InvoiceDocument, lines
 * included) and can never change: triggers refuse it even to a program that bypasses the services.
 * What happens to it later (payments, sending, Chorus Pro statuses) lives in tables of its own.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'invoicing',
  up(db) {
    db.exec(`
      CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies (id),
        kind TEXT NOT NULL CHECK (kind IN ('public', 'private')),
        name TEXT NOT NULL,
        siret TEXT CHECK (siret IS NULL OR (length(siret) = 14 AND siret NOT GLOB '*[^0-9]*')),
        city TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL CHECK (json_valid(data)),
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX customers_by_name ON customers (company_id, name COLLATE NOCASE);
      CREATE INDEX customers_by_siret ON customers (siret);

      CREATE TABLE catalogue_items (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies (id),
        designation TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX catalogue_by_designation ON catalogue_items (company_id, designation COLLATE NOCASE);

      CREATE TABLE invoices (
        id INTEGER PRIMARY KEY,
        company_id INTEGER NOT NULL REFERENCES companies (id),
        type_code TEXT NOT NULL CHECK (type_code IN ('380', '381')),
        status TEXT NOT NULL CHECK (status IN ('draft', 'issued')),
        customer_id INTEGER REFERENCES customers (id),
        corrected_invoice_id INTEGER REFERENCES invoices (id),
        series TEXT,
        period INTEGER,
        sequence INTEGER,
        number TEXT,
        issue_date TEXT NOT NULL,
        due_date TEXT,
        buyer_name TEXT NOT NULL DEFAULT '',
        net_cents INTEGER NOT NULL DEFAULT 0,
        total_cents INTEGER NOT NULL DEFAULT 0,
        due_cents INTEGER NOT NULL DEFAULT 0,
        document TEXT NOT NULL CHECK (json_valid(document)),
        document_hash TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        issued_at TEXT,
        CHECK (status = 'draft' OR (number IS NOT NULL AND sequence IS NOT NULL AND document_hash IS NOT NULL AND issued_at IS NOT NULL)),
        CHECK (status = 'issued' OR (number IS NULL AND sequence IS NULL)),
        CHECK (type_code = '380' OR corrected_invoice_id IS NOT NULL)
      ) STRICT;
      CREATE UNIQUE INDEX invoices_unique_number ON invoices (company_id, number) WHERE number IS NOT NULL;
      CREATE UNIQUE INDEX invoices_unique_sequence ON invoices (company_id, series, period, sequence) WHERE sequence IS NOT NULL;
      CREATE INDEX invoices_by_date ON invoices (company_id, issue_date DESC, id DESC);
      CREATE INDEX invoices_by_status_date ON invoices (company_id, status, issue_date DESC, id DESC);
      CREATE INDEX invoices_by_customer ON invoices (customer_id, issue_date DESC, id DESC);
      CREATE INDEX invoices_by_corrected ON invoices (corrected_invoice_id) WHERE corrected_invoice_id IS NOT NULL;

      -- Drafts change freely; an issued invoice never again (the draft -> issued step is the last update).
      ${immutable('invoices', 'Une facture émise ne peut plus être modifiée ni supprimée : établissez un avoir.', "WHEN OLD.status = 'issued'")}

      -- The last number given per series and period; it only ever moves up by one, so numbering has no gap.
      CREATE TABLE number_sequences (
        company_id INTEGER NOT NULL REFERENCES companies (id),
        series TEXT NOT NULL,
        period INTEGER NOT NULL,
        last_sequence INTEGER NOT NULL CHECK (last_sequence >= 1),
        PRIMARY KEY (company_id, series, period)
      ) STRICT;
      CREATE TRIGGER number_sequences_step BEFORE UPDATE ON number_sequences
        WHEN NEW.last_sequence <> OLD.last_sequence + 1 OR NEW.series <> OLD.series OR NEW.period <> OLD.period
        BEGIN SELECT RAISE(ABORT, 'La numérotation ne peut qu’avancer d’un numéro à la fois.'); END;
      CREATE TRIGGER number_sequences_no_delete BEFORE DELETE ON number_sequences
        BEGIN SELECT RAISE(ABORT, 'La numérotation ne peut pas être effacée.'); END;

      -- Payments are facts: a mistake is corrected by a negative payment, never by an edit.
      CREATE TABLE payments (
        id INTEGER PRIMARY KEY,
        invoice_id INTEGER NOT NULL REFERENCES invoices (id),
        paid_on TEXT NOT NULL,
        amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0),
        mode TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX payments_by_invoice ON payments (invoice_id);
      ${immutable('payments', 'Un paiement enregistré ne se modifie pas : enregistrez une correction.')}

      -- What is still owed on each issued invoice, kept in step with payments and credit notes.
      CREATE TABLE invoice_balances (
        invoice_id INTEGER PRIMARY KEY REFERENCES invoices (id),
        paid_cents INTEGER NOT NULL DEFAULT 0,
        credited_cents INTEGER NOT NULL DEFAULT 0,
        remaining_cents INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX invoice_balances_open ON invoice_balances (invoice_id) WHERE remaining_cents > 0;

      -- The audit journal: hash = sha256(previous hash + canonical JSON of the event).
      CREATE TABLE journal (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        previous_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE INDEX journal_by_entity ON journal (entity, entity_id);
      ${immutable('journal', 'Le journal ne peut pas être modifié.')}

      -- Text search over number, buyer and line descriptions; rowid = invoices.id.
      CREATE VIRTUAL TABLE invoice_search USING fts5 (
        number, buyer, body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
      );
    `);
  },
};
