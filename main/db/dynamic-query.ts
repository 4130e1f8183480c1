import type { Database, Statement } from 'better-sqlite3';

/** An optional filter: its parameter name, its value (undefined or null: no filter) and its SQL condition. */
export type OptionalCondition = readonly [name: string, value: unknown, condition: string];

/** Adds the conditions whose value is given to `where` and their values to `params`. */
export function applyConditions(where: string[], params: Record<string, unknown>, optional: readonly OptionalCondition[]): void {
  for (const [name, value, condition] of optional) {
    if (value === undefined || value === null) continue;
    params[name] = value;
    where.push(condition);
  }
}

/**
 * Statements for SQL built from filters: a list query has a handful of shapes, so each is prepared once
 * and reused instead of being compiled again on every keystroke of a search.
 */
export function createStatementCache(db: Database): (sql: string) => Statement {
  const statements = new Map<string, Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}
