import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/db/migrate';
import { databaseAt } from '../../support/migration-harness';

describe('migration 1: company profile', () => {
  it('creates the companies table from an empty database', () => {
    const db = databaseAt(0);
    migrate(db, 1);
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all('companies') as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(['legal_name', 'siret', 'address_line1', 'postcode', 'city', 'is_active']));
  });

  it('refuses a malformed SIRET or a second active company at the database level', () => {
    const db = databaseAt(1);
    const insert = db.prepare(`INSERT INTO companies (legal_name, siret, address_line1, postcode, city, created_at, updated_at) VALUES ('A', ?, 'x', '75001', 'Paris', 'now', 'now')`);
    expect(() => insert.run('1234')).toThrow(/CHECK/);
    expect(() => insert.run('7328293200007A')).toThrow(/CHECK/);
    insert.run('73282932000074');
    expect(() => insert.run('73282932000074')).toThrow(/UNIQUE/);
  });

  it('refuses a value of the wrong type (STRICT)', () => {
    const db = databaseAt(1);
    expect(() =>
      db.prepare(`INSERT INTO companies (legal_name, siret, address_line1, postcode, city, created_at, updated_at, is_active) VALUES ('A', '73282932000074', 'x', '75001', 'Paris', 'now', 'now', 'oui')`).run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});
