import type { Database } from 'better-sqlite3';

export interface CustomerStructureRow {
  customer_id: number;
  id_structure_cpp: number;
  siret: string;
  name: string;
  payment_not_reported: 0 | 1;
  details: string;
  fetched_at: string;
}

/** What Chorus Pro said about each public customer, and when. */
export function createCustomerStructureRepository(db: Database) {
  const upsert = db.prepare(
    `INSERT INTO customer_structures (customer_id, id_structure_cpp, siret, name, payment_not_reported, details, fetched_at)
     VALUES (@customer_id, @id_structure_cpp, @siret, @name, @payment_not_reported, @details, @fetched_at)
     ON CONFLICT (customer_id) DO UPDATE SET id_structure_cpp = excluded.id_structure_cpp, siret = excluded.siret, name = excluded.name,
       payment_not_reported = excluded.payment_not_reported, details = excluded.details, fetched_at = excluded.fetched_at`,
  );
  const get = db.prepare<[number], CustomerStructureRow>('SELECT * FROM customer_structures WHERE customer_id = ?');
  /** Public customers with a SIRET never looked up, or looked up before `before`, that have a piece being sent. */
  const stale = db.prepare<{ before: string; limit: number }, { id: number; siret: string }>(
    `SELECT c.id, c.siret FROM customers c LEFT JOIN customer_structures s ON s.customer_id = c.id
     WHERE c.kind = 'public' AND c.siret IS NOT NULL AND c.archived_at IS NULL AND (s.fetched_at IS NULL OR s.fetched_at < @before)
       AND EXISTS (SELECT 1 FROM invoices i JOIN sendings e ON e.invoice_id = i.id WHERE i.customer_id = c.id AND e.next_attempt_at IS NOT NULL)
     ORDER BY s.fetched_at IS NOT NULL, s.fetched_at, c.id LIMIT @limit`,
  );
  return {
    save: (row: CustomerStructureRow): void => void upsert.run(row),
    get: (customerId: number): CustomerStructureRow | null => get.get(customerId) ?? null,
    stale: (before: string, limit: number) => stale.all({ before, limit }),
  };
}

export type CustomerStructureRepository = ReturnType<typeof createCustomerStructureRepository>;
