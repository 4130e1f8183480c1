import type { Database } from 'better-sqlite3';
import { currentGeneration } from './directory-generations';

export interface ImportRecord {
  generation: number;
  source: 'file' | 'chorus';
  fileName: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  outcome: 'done' | 'failed' | 'cancelled';
  structures: number;
  services: number;
  rowsRead: number;
  rowsSkipped: number;
  /** JSON of the import report (what could not be mapped or read, with examples). */
  report: string;
  error: string | null;
}

interface ImportRow {
  generation: number;
  source: string;
  file_name: string;
  started_at: string;
  finished_at: string;
  duration_ms: number;
  outcome: string;
  structures: number;
  services: number;
  rows_read: number;
  rows_skipped: number;
  report: string;
  error: string | null;
}

const toRecord = (row: ImportRow): ImportRecord => ({
  generation: row.generation,
  source: row.source as ImportRecord['source'],
  fileName: row.file_name,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  durationMs: row.duration_ms,
  outcome: row.outcome as ImportRecord['outcome'],
  structures: row.structures,
  services: row.services,
  rowsRead: row.rows_read,
  rowsSkipped: row.rows_skipped,
  report: row.report,
  error: row.error,
});

/** The history of imports (kept, failures included) and the one swap that makes a generation current. */
export function createDirectoryImportsRepository(db: Database) {
  const insert = db.prepare(
    `INSERT INTO directory_imports (generation, source, file_name, started_at, finished_at, duration_ms, outcome, structures, services, rows_read, rows_skipped, report, error)
     VALUES (@generation, @source, @fileName, @startedAt, @finishedAt, @durationMs, @outcome, @structures, @services, @rowsRead, @rowsSkipped, @report, @error)`,
  );
  const point = db.prepare('UPDATE directory_state SET generation = ? WHERE id = 1');
  const recent = db.prepare<[number], ImportRow>('SELECT * FROM directory_imports ORDER BY id DESC LIMIT ?');
  const ofGeneration = db.prepare<[number], ImportRow>("SELECT * FROM directory_imports WHERE generation = ? AND outcome = 'done'");
  return {
    /** Makes `record.generation` the directory searched from now on, in one transaction with its history line. */
    swapIn(record: ImportRecord): number | null {
      return db.transaction(() => {
        const previous = currentGeneration(db);
        point.run(record.generation);
        insert.run(record);
        return previous;
      }).immediate();
    },
    /** A failed or cancelled import: history only, the directory in use does not change. */
    recordFailure(record: ImportRecord): void {
      insert.run(record);
    },
    /** The import that made the current directory, or null when none was ever imported. */
    current(): ImportRecord | null {
      const generation = currentGeneration(db);
      const row = generation === null ? undefined : ofGeneration.get(generation);
      return row ? toRecord(row) : null;
    },
    history(limit: number): ImportRecord[] {
      return recent.all(limit).map(toRecord);
    },
  };
}
