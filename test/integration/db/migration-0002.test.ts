import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/db/migrate';
import { databaseAt, isStrict } from '../../support/migration-harness';

describe('migration 2: settings', () => {
  it('adds the settings table and keeps the company saved at version 1', () => {
    const db = databaseAt(1);
    db.prepare(`INSERT INTO companies (legal_name, siret, address_line1, postcode, city, created_at, updated_at) VALUES ('Atelier', '73282932000074', '1 rue', '75001', 'Paris', 'now', 'now')`).run();
    migrate(db, 2);
    expect(isStrict(db, 'settings')).toBe(true);
    expect(db.prepare('SELECT legal_name FROM companies').pluck().get()).toBe('Atelier');
  });

  it('accepts only JSON values', () => {
    const db = databaseAt(2);
    const insert = db.prepare("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, 'now')");
    insert.run('a', '{"ok":true}');
    expect(() => insert.run('b', 'pas du json')).toThrow(/CHECK/);
  });
});
