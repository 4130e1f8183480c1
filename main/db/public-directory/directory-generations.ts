import type { Database } from 'better-sqlite3';

/**
 * The directory is kept as generations: each import fills new tables (`structures_N`, `services_N`,
 * `search_N`) while the previous ones stay in use, then one transaction points `directory_state` at the
 * new generation. A failed, cancelled or interrupted import leaves the previous generation untouched.
 */
export const tablesOf = (generation: number) => ({
  structures: `structures_${generation}`,
  services: `services_${generation}`,
  search: `search_${generation}`,
  /** Every term of the search index, to expand a long prefix into whole terms (see directory-search.ts). */
  vocabulary: `search_${generation}_vocabulary`,
  /** Search position -> structure: the index's rowids follow name length, so the first matches are the shortest names. */
  ranks: `ranks_${generation}`,
});

export function currentGeneration(db: Database): number | null {
  return db.prepare('SELECT generation FROM directory_state WHERE id = 1').pluck().get() as number | null;
}

export function dropGeneration(db: Database, generation: number): void {
  const t = tablesOf(generation);
  db.exec(`DROP TABLE IF EXISTS ${t.search}; DROP TABLE IF EXISTS ${t.vocabulary}; DROP TABLE IF EXISTS ${t.ranks}; DROP TABLE IF EXISTS ${t.services}; DROP TABLE IF EXISTS ${t.structures};`);
}

/** Tables of imports that never finished (the app was closed or crashed meanwhile): they are dropped. */
export function dropAbandonedGenerations(db: Database): void {
  const current = currentGeneration(db);
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  const abandoned = new Set<number>();
  for (const name of names) {
    const match = /^(?:structures|services|search|ranks)_(\d+)(?:_vocabulary)?$/.exec(name);
    if (match && Number(match[1]) !== current) abandoned.add(Number(match[1]));
  }
  for (const generation of abandoned) dropGeneration(db, generation);
}

/** Creates the empty tables of the next generation; they are invisible to searches until the swap. */
export function createGeneration(db: Database): number {
  return db.transaction(() => {
    const generation = db.prepare('SELECT next_generation FROM directory_state WHERE id = 1').pluck().get() as number;
    db.prepare('UPDATE directory_state SET next_generation = next_generation + 1 WHERE id = 1').run();
    const t = tablesOf(generation);
    db.exec(`
      CREATE TABLE ${t.structures} (
        id INTEGER PRIMARY KEY,
        siret TEXT NOT NULL,
        name TEXT NOT NULL,
        address TEXT NOT NULL,
        postcode TEXT NOT NULL,
        city TEXT NOT NULL,
        service_code_required INTEGER NOT NULL,
        engagement_required INTEGER NOT NULL,
        ej_or_service_required INTEGER NOT NULL,
        payment_status_reported INTEGER
      ) STRICT;
      CREATE TABLE ${t.ranks} (position INTEGER PRIMARY KEY, structure_id INTEGER NOT NULL) STRICT;
      CREATE TABLE ${t.services} (
        structure_id INTEGER NOT NULL,
        code TEXT NOT NULL,
        label TEXT NOT NULL,
        is_active INTEGER NOT NULL,
        PRIMARY KEY (structure_id, code)
      ) STRICT, WITHOUT ROWID;
      -- One column of terms (search-text.ts): the name's words as they are, the town's and postcode's tagged
      -- « _ », the services' tagged « __ », so a search in the names never wades through the services' terms.
      -- The text comes folded (case, accents, ligatures); the tokenizer folds again whatever slips through.
      CREATE VIRTUAL TABLE ${t.search} USING fts5(
        terms,
        content = '', columnsize = 0, detail = 'none',
        tokenize = "unicode61 remove_diacritics 2 tokenchars '_'", prefix = '2 3 4 5'
      );
      -- Bulk loading: FTS5 merges its segments less often while the index is filled (one 'optimize' at the end).
      INSERT INTO ${t.search} (${t.search}, rank) VALUES ('automerge', 16);
      CREATE TABLE ${t.vocabulary} (term TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
    `);
    return generation;
  })();
}

export interface StructureRecord {
  id: number;
  siret: string;
  name: string;
  address: string;
  postcode: string;
  city: string;
  serviceCodeRequired: boolean;
  engagementRequired: boolean;
  ejOrServiceRequired: boolean;
  paymentStatusReported: boolean | null;
}

const flag = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

/**
 * Writes one generation's rows. The tables are filled bare (no secondary index), then `finish` builds the
 * SIRET index in one sort; the caller groups calls in `batch`, one transaction per large batch.
 */
export function createGenerationWriter(db: Database, generation: number) {
  const t = tablesOf(generation);
  const insertStructure = db.prepare(
    `INSERT INTO ${t.structures} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertService = db.prepare(`INSERT OR IGNORE INTO ${t.services} (structure_id, code, label, is_active) VALUES (?, ?, ?, ?)`);
  const insertSearch = db.prepare(`INSERT INTO ${t.search} (rowid, terms) VALUES (?, ?)`);
  const insertRank = db.prepare(`INSERT INTO ${t.ranks} (position, structure_id) VALUES (?, ?)`);
  return {
    batch<T>(fn: () => T): T {
      return db.transaction(fn)();
    },
    structure(r: StructureRecord): void {
      insertStructure.run(r.id, r.siret, r.name, r.address, r.postcode, r.city, flag(r.serviceCodeRequired), flag(r.engagementRequired), flag(r.ejOrServiceRequired), flag(r.paymentStatusReported));
    },
    /** False when the structure already has a service with this code (a duplicate row). */
    service(structureId: number, code: string, label: string, isActive: boolean): boolean {
      return insertService.run(structureId, code, label, isActive ? 1 : 0).changes === 1;
    },
    /**
     * One structure in the search index, at `position`: the caller gives positions by name length, so the
     * index's rowid order (which FTS5 returns first) is shortest names first.
     */
    index(position: number, structureId: number, terms: string): void {
      insertRank.run(position, structureId);
      insertSearch.run(position, terms);
    },
    /** Once every row is in: the SIRET index, the vocabulary, and the search index merged into one segment for fast reads. */
    finish(vocabulary: Iterable<string>): void {
      db.exec(`CREATE UNIQUE INDEX ${t.structures}_siret ON ${t.structures} (siret)`);
      const insertTerm = db.prepare(`INSERT INTO ${t.vocabulary} (term) VALUES (?)`);
      db.transaction(() => {
        for (const term of vocabulary) insertTerm.run(term);
        db.prepare(`INSERT INTO ${t.search} (${t.search}) VALUES ('optimize')`).run();
      })();
    },
  };
}

export type GenerationWriter = ReturnType<typeof createGenerationWriter>;
