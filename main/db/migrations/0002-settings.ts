import type { Migration } from './migration';

/** Small app-wide settings (onboarding answers, checklist, Chorus Pro identifiers) as JSON by key. */
export const migration0002: Migration = {
  version: 2,
  name: 'settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
