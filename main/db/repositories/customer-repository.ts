import type { Database } from 'better-sqlite3';
import { createStatementCache } from '../dynamic-query';
import type { Customer } from '@shared/customers/customer';
import { Buyer } from '@shared/invoicing/party';

interface CustomerRow {
  id: number;
  data: string;
  archived_at: string | null;
  updated_at: string;
}

function toCustomer(row: CustomerRow): Customer {
  return { ...Buyer.parse(JSON.parse(row.data)), id: row.id, isArchived: row.archived_at !== null, updatedAt: row.updated_at };
}

/** Escapes LIKE wildcards so a customer named "50% Bio" is found by what the user typed. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function createCustomerRepository(db: Database) {
  const statement = createStatementCache(db);
  const insert = db.prepare(
    `INSERT INTO customers (company_id, kind, name, siret, city, data, created_at, updated_at)
     VALUES (@companyId, @kind, @name, @siret, @city, @data, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE customers SET kind = @kind, name = @name, siret = @siret, city = @city, data = @data, updated_at = @now
     WHERE id = @id AND company_id = @companyId`,
  );
  const archive = db.prepare('UPDATE customers SET archived_at = ?, updated_at = ? WHERE id = ? AND company_id = ?');
  const byId = db.prepare<[number, number], CustomerRow>('SELECT id, data, archived_at, updated_at FROM customers WHERE id = ? AND company_id = ?');

  const columns = (buyer: Buyer) => ({
    kind: buyer.kind,
    name: buyer.legalName,
    siret: buyer.siret ?? null,
    city: buyer.address.city,
    data: JSON.stringify(buyer),
  });

  return {
    create(companyId: number, buyer: Buyer, now: string): Customer {
      const id = Number(insert.run({ companyId, now, ...columns(buyer) }).lastInsertRowid);
      return toCustomer(byId.get(id, companyId) as CustomerRow);
    },
    update(companyId: number, id: number, buyer: Buyer, now: string): Customer | null {
      if (update.run({ id, companyId, now, ...columns(buyer) }).changes === 0) return null;
      return toCustomer(byId.get(id, companyId) as CustomerRow);
    },
    setArchived(companyId: number, id: number, isArchived: boolean, now: string): Customer | null {
      if (archive.run(isArchived ? now : null, now, id, companyId).changes === 0) return null;
      return toCustomer(byId.get(id, companyId) as CustomerRow);
    },
    get(companyId: number, id: number): Customer | null {
      const row = byId.get(id, companyId);
      return row ? toCustomer(row) : null;
    },
    search(companyId: number, query: { text: string; kind?: 'public' | 'private'; includeArchived: boolean; limit: number; offset: number }) {
      const where = ['company_id = @companyId'];
      if (!query.includeArchived) where.push('archived_at IS NULL');
      if (query.kind) where.push('kind = @kind');
      // A company customer known by its SIREN alone has it only in the JSON (the siret column is 14 digits).
      if (query.text) where.push("(name LIKE @like ESCAPE '\\' OR siret LIKE @like ESCAPE '\\' OR city LIKE @like ESCAPE '\\' OR json_extract(data, '$.siren') LIKE @like ESCAPE '\\')");
      const params = { companyId, kind: query.kind, like: likePattern(query.text.replace(/\s/g, query.text.match(/^\d[\d\s]*$/) ? '' : ' ')), limit: query.limit, offset: query.offset };
      const clause = where.join(' AND ');
      const rows = statement(`SELECT id, data, archived_at, updated_at FROM customers WHERE ${clause} ORDER BY name COLLATE NOCASE, id LIMIT @limit OFFSET @offset`).all(params) as CustomerRow[];
      const total = statement(`SELECT count(*) FROM customers WHERE ${clause}`).pluck().get(params) as number;
      return { rows: rows.map(toCustomer), total };
    },
  };
}

export type CustomerRepository = ReturnType<typeof createCustomerRepository>;
