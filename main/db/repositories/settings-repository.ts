import type { Database } from 'better-sqlite3';
import type { z } from 'zod';

/**
 * Settings stored as JSON by key, each read through its zod schema: a value written by an older version
 * that no longer parses gives the default instead of crashing the screen.
 */
export function createSettingsRepository(db: Database) {
  const select = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const upsert = db.prepare(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  return {
    read<T extends z.ZodType>(key: string, schema: T, fallback: z.output<T>): z.output<T> {
      const row = select.get(key);
      if (!row) return fallback;
      const parsed = schema.safeParse(JSON.parse(row.value));
      return parsed.success ? parsed.data : fallback;
    },
    write(key: string, value: unknown, now: string): void {
      upsert.run(key, JSON.stringify(value), now);
    },
  };
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
