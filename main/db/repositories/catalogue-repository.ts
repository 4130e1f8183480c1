import type { Database } from 'better-sqlite3';
import { CatalogueItemInputSchema, type CatalogueItem } from '@shared/catalogue/catalogue-item';
import type { z } from 'zod';

type ItemFields = z.output<typeof CatalogueItemInputSchema>;
interface ItemRow {
  id: number;
  data: string;
  archived_at: string | null;
}

const toItem = (row: ItemRow): CatalogueItem => ({ ...(JSON.parse(row.data) as ItemFields), id: row.id, isArchived: row.archived_at !== null });

export function createCatalogueRepository(db: Database) {
  const insert = db.prepare('INSERT INTO catalogue_items (company_id, designation, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const update = db.prepare('UPDATE catalogue_items SET designation = ?, data = ?, updated_at = ? WHERE id = ? AND company_id = ?');
  const archive = db.prepare('UPDATE catalogue_items SET archived_at = ?, updated_at = ? WHERE id = ? AND company_id = ?');
  const byId = db.prepare<[number, number], ItemRow>('SELECT id, data, archived_at FROM catalogue_items WHERE id = ? AND company_id = ?');
  const list = db.prepare<{ companyId: number; like: string; all: number }, ItemRow>(
    `SELECT id, data, archived_at FROM catalogue_items
     WHERE company_id = @companyId AND (@all = 1 OR archived_at IS NULL) AND designation LIKE @like ESCAPE '\\'
     ORDER BY designation COLLATE NOCASE, id LIMIT 500`,
  );
  return {
    create(companyId: number, item: ItemFields, now: string): CatalogueItem {
      const id = Number(insert.run(companyId, item.designation, JSON.stringify(item), now, now).lastInsertRowid);
      return toItem(byId.get(id, companyId) as ItemRow);
    },
    update(companyId: number, id: number, item: ItemFields, now: string): CatalogueItem | null {
      if (update.run(item.designation, JSON.stringify(item), now, id, companyId).changes === 0) return null;
      return toItem(byId.get(id, companyId) as ItemRow);
    },
    setArchived(companyId: number, id: number, isArchived: boolean, now: string): CatalogueItem | null {
      if (archive.run(isArchived ? now : null, now, id, companyId).changes === 0) return null;
      return toItem(byId.get(id, companyId) as ItemRow);
    },
    get(companyId: number, id: number): CatalogueItem | null {
      const row = byId.get(id, companyId);
      return row ? toItem(row) : null;
    },
    list(companyId: number, text: string, includeArchived: boolean): CatalogueItem[] {
      const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return list.all({ companyId, like, all: includeArchived ? 1 : 0 }).map(toItem);
    },
  };
}
