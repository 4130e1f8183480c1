import type { Migration } from './migration';

/**
 * The rest of the seller's identity (legal form, VAT, registration, bank, numbering, payment terms) as one
 * JSON document read through its zod schema, and the logo printed on invoices.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'company details and logo',
  up(db) {
    db.exec(`
      ALTER TABLE companies ADD COLUMN details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details));
      ALTER TABLE companies ADD COLUMN logo BLOB;
      ALTER TABLE companies ADD COLUMN logo_type TEXT CHECK (logo_type IN ('image/png', 'image/jpeg'));
    `);
  },
};
