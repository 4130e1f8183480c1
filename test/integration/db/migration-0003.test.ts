import { describe, expect, it } from 'vitest';
import { migrate } from '../../../main/db/migrate';
import { createCompanyRepository } from '../../../main/db/repositories/company-repository';
import { databaseAt } from '../../support/migration-harness';

describe('migration 3: company details and logo', () => {
  it('keeps a company saved at version 2 and gives it today’s defaults', () => {
    const db = databaseAt(2);
    db.prepare(`INSERT INTO companies (legal_name, siret, address_line1, postcode, city, created_at, updated_at) VALUES ('Atelier', '73282932000074', '1 rue', '75001', 'Paris', 'now', 'now')`).run();
    migrate(db, 3);
    const profile = createCompanyRepository(db).findActive();
    expect(profile).toMatchObject({
      legalName: 'Atelier',
      siret: '73282932000074',
      legalForm: null,
      vatFranchise: false,
      invoiceNumberPattern: 'F-{YYYY}-{seq:0000}',
      defaultPaymentTerms: { kind: 'net', days: 30 },
      hasLogo: false,
    });
  });

  it('refuses details that are not JSON and a logo type other than PNG or JPEG', () => {
    const db = databaseAt(3);
    const insert = db.prepare(`INSERT INTO companies (legal_name, siret, address_line1, postcode, city, created_at, updated_at, details, logo_type) VALUES ('A', '73282932000074', 'x', '75001', 'Paris', 'now', 'now', ?, ?)`);
    expect(() => insert.run('pas du json', null)).toThrow(/CHECK/);
    expect(() => insert.run('{}', 'image/gif')).toThrow(/CHECK/);
  });
});
