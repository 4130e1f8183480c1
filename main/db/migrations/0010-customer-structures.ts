import type { Migration } from './migration';

/**
 * What Chorus Pro said about each public customer (structures/v1/consulter and its services), looked up
 * online by SIRET: its Chorus Pro id, the rules it sets and when it was asked, so it is asked again once
 * a week at most. The rules themselves are copied into the customer's own Chorus Pro requirements.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'customer structures',
  up(db) {
    db.exec(`
      CREATE TABLE customer_structures (
        customer_id INTEGER PRIMARY KEY REFERENCES customers (id),
        id_structure_cpp INTEGER NOT NULL,
        siret TEXT NOT NULL,
        name TEXT NOT NULL,
        payment_not_reported INTEGER NOT NULL CHECK (payment_not_reported IN (0, 1)),
        details TEXT NOT NULL CHECK (json_valid(details)),
        fetched_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX customer_structures_by_age ON customer_structures (fetched_at);
    `);
  },
};
