import type { Database } from 'better-sqlite3';
import {
  COMPANY_DETAIL_KEYS,
  CompanyDetailsSchema,
  type CompanyProfile,
  type CompanyProfileFields,
} from '@shared/company/company-profile';

interface CompanyRow {
  id: number;
  legal_name: string;
  siret: string;
  address_line1: string;
  address_line2: string;
  postcode: string;
  city: string;
  details: string;
  has_logo: number;
  updated_at: string;
}

export interface CompanyLogo {
  bytes: Buffer;
  type: 'image/png' | 'image/jpeg';
}

/** Details saved by an older version parse with today's defaults; a broken document falls back to them. */
function parseDetails(json: string) {
  const parsed = CompanyDetailsSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : CompanyDetailsSchema.parse({});
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
    ...parseDetails(row.details),
    hasLogo: row.has_logo === 1,
    updatedAt: row.updated_at,
  };
}

function detailsOf(fields: CompanyProfileFields): string {
  return JSON.stringify(Object.fromEntries(COMPANY_DETAIL_KEYS.map((key) => [key, fields[key]])));
}

export function createCompanyRepository(db: Database) {
  const findActive = db.prepare<[], CompanyRow>(
    'SELECT *, logo IS NOT NULL AS has_logo FROM companies WHERE is_active = 1',
  );
  const insert = db.prepare(
    `INSERT INTO companies (legal_name, siret, address_line1, address_line2, postcode, city, details, created_at, updated_at)
     VALUES (@legalName, @siret, @addressLine1, @addressLine2, @postcode, @city, @details, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE companies SET legal_name = @legalName, siret = @siret, address_line1 = @addressLine1,
       address_line2 = @addressLine2, postcode = @postcode, city = @city, details = @details, updated_at = @now
     WHERE id = @id`,
  );
  const setLogo = db.prepare('UPDATE companies SET logo = ?, logo_type = ?, updated_at = ? WHERE is_active = 1');
  const getLogo = db.prepare<[], { logo: Buffer | null; logo_type: CompanyLogo['type'] | null }>(
    'SELECT logo, logo_type FROM companies WHERE is_active = 1',
  );

  return {
    findActive(): CompanyProfile | null {
      const row = findActive.get();
      return row ? toProfile(row) : null;
    },
    /** Inserts the active company or updates it, in one transaction. */
    saveActive: db.transaction((fields: CompanyProfileFields, now: string): CompanyProfile => {
      const { legalName, siret, addressLine1, addressLine2, postcode, city } = fields;
      const row = { legalName, siret, addressLine1, addressLine2, postcode, city, details: detailsOf(fields), now };
      const existing = findActive.get();
      if (existing) update.run({ ...row, id: existing.id });
      else insert.run(row);
      return toProfile(findActive.get() as CompanyRow);
    }),
    setLogo(logo: CompanyLogo | null, now: string): boolean {
      return setLogo.run(logo?.bytes ?? null, logo?.type ?? null, now).changes === 1;
    },
    getLogo(): CompanyLogo | null {
      const row = getLogo.get();
      return row?.logo && row.logo_type ? { bytes: row.logo, type: row.logo_type } : null;
    },
  };
}

export type CompanyRepository = ReturnType<typeof createCompanyRepository>;
