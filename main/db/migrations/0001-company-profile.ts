import type { Migration } from './migration';

export const migration0001: Migration = {
  version: 1,
  name: 'company profile',
  up(db) {
    db.exec(`
      CREATE TABLE companies (
        id INTEGER PRIMARY KEY,
        is_active INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
        legal_name TEXT NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 200),
        siret TEXT NOT NULL CHECK (length(siret) = 14 AND siret NOT GLOB '*[^0-9]*'),
        address_line1 TEXT NOT NULL,
        address_line2 TEXT NOT NULL DEFAULT '',
        postcode TEXT NOT NULL,
        city TEXT NOT NULL,
        country_code TEXT NOT NULL DEFAULT 'FR',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- One active company for now; the schema already holds several.
      CREATE UNIQUE INDEX companies_one_active ON companies (is_active) WHERE is_active = 1;
    `);
  },
};
