import type { Database } from 'better-sqlite3';
import type { CompanyProfile } from '../../../shared/company/company-profile';

interface CompanyRow {
  id: number;
  legal_name: string;
  siret: string;
  address_line1: string;
  address_line2: string;
  postcode: string;
  city: string;
  updated_at: string;
}

function toProfile(row: CompanyRow): CompanyProfile {
  return {
    id: row.id,
    legalName: row.legal_name,
    siret: row.siret,
    addressLine1: row.address_line1,
    addressLine2: row.address_line2,
    postcode: row.postcode,
    city: row.city,
    updatedAt: row.updated_at,
  };
}

export type CompanyFields = Omit<CompanyProfile, 'id' | 'updatedAt'>;

export function createCompanyRepository(db: Database) {
  const findActive = db.prepare<[], CompanyRow>('SELECT * FROM companies WHERE is_active = 1');
  const insert = db.prepare(
    `INSERT INTO companies (legal_name, siret, address_line1, address_line2, postcode, city, created_at, updated_at)
     VALUES (@legalName, @siret, @addressLine1, @addressLine2, @postcode, @city, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE companies SET legal_name = @legalName, siret = @siret, address_line1 = @addressLine1,
       address_line2 = @addressLine2, postcode = @postcode, city = @city, updated_at = @now
     WHERE id = @id`,
  );

  return {
    findActive(): CompanyProfile | null {
      const row = findActive.get();
      return row ? toProfile(row) : null;
    },
    /** Inserts the active company or updates it, in one transaction. */
    saveActive: db.transaction((fields: CompanyFields, now: string): CompanyProfile => {
      const existing = findActive.get();
      if (existing) update.run({ ...fields, now, id: existing.id });
      else insert.run({ ...fields, now });
      return toProfile(findActive.get() as CompanyRow);
    }),
  };
}

export type CompanyRepository = ReturnType<typeof createCompanyRepository>;
