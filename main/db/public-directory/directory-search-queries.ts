import type { Database } from 'better-sqlite3';
import { tablesOf } from './directory-generations';

export interface StructureRow {
  id: number;
  siret: string;
  name: string;
  address: string;
  postcode: string;
  city: string;
  service_code_required: number;
  engagement_required: number;
  ej_or_service_required: number;
  payment_status_reported: number | null;
  active_services: number;
}

export interface ServiceRow {
  code: string;
  label: string;
  is_active: number;
}

export interface CandidateRow {
  id: number;
  name: string;
  postcode: string;
  city: string;
}

function prepare(db: Database, generation: number) {
  const t = tablesOf(generation);
  const columns = `s.id, s.siret, s.name, s.address, s.postcode, s.city, s.service_code_required, s.engagement_required,
    s.ej_or_service_required, s.payment_status_reported,
    (SELECT count(*) FROM ${t.services} v WHERE v.structure_id = s.id AND v.is_active = 1) AS active_services`;
  return {
    // Rowid order is shortest names first (see directory-generations.ts): a LIMIT stops FTS5 early.
    match: db.prepare<[string, number], CandidateRow>(
      `SELECT s.id, s.name, s.postcode, s.city FROM ${t.search} f JOIN ${t.ranks} r ON r.position = f.rowid JOIN ${t.structures} s ON s.id = r.structure_id
       WHERE f.${t.search} MATCH ? LIMIT ?`,
    ),
    terms: db.prepare<[string, string, number], string>(`SELECT term FROM ${t.vocabulary} WHERE term >= ? AND term < ? ORDER BY term LIMIT ?`).pluck(),
    byIds: db.prepare<[string], StructureRow>(`SELECT ${columns} FROM json_each(?) j JOIN ${t.structures} s ON s.id = j.value ORDER BY j.key`),
    bySiret: db.prepare<[string], StructureRow>(`SELECT ${columns} FROM ${t.structures} s WHERE s.siret = ?`),
    siretPrefix: db.prepare<[string, string, number], StructureRow>(`SELECT ${columns} FROM ${t.structures} s WHERE s.siret >= ? AND s.siret < ? ORDER BY s.siret LIMIT ?`),
    services: db.prepare<[number], ServiceRow>(`SELECT code, label, is_active FROM ${t.services} WHERE structure_id = ? ORDER BY is_active DESC, code`),
    counts: db.prepare<[], { structures: number; services: number }>(`SELECT (SELECT count(*) FROM ${t.structures}) AS structures, (SELECT count(*) FROM ${t.services}) AS services`),
  };
}

/** The smallest string greater than every string starting with `prefix` (for an index range scan). */
const after = (prefix: string) => `${prefix.slice(0, -1)}${String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)}`;

/**
 * Reads of the directory in use. Statements are prepared once per generation and prepared again after a
 * swap, so a search never reads tables an import is still filling.
 */
export function createDirectorySearchQueries(db: Database) {
  let prepared: { generation: number; statements: ReturnType<typeof prepare> } | null = null;
  const readGeneration = db.prepare('SELECT generation FROM directory_state WHERE id = 1').pluck();
  const statements = () => {
    const generation = readGeneration.get() as number | null;
    if (generation === null) return null;
    if (prepared?.generation !== generation) prepared = { generation, statements: prepare(db, generation) };
    return prepared.statements;
  };
  return {
    isEmpty: () => statements() === null,
    /** Full-text search (an FTS5 expression built by the service), shortest names first, at most `limit` rows. */
    match: (expression: string, limit: number) => statements()?.match.all(expression, limit) ?? [],
    /** Terms of the search index starting with `prefix`, in order, at most `limit`. */
    termsStartingWith: (prefix: string, limit: number) => statements()?.terms.all(prefix, after(prefix), limit) ?? [],
    /** Structures by id, in the order given (one statement for a page of hits). */
    byIds: (ids: readonly number[]) => (ids.length === 0 ? [] : (statements()?.byIds.all(JSON.stringify(ids)) ?? [])),
    bySiret: (siret: string) => statements()?.bySiret.get(siret) ?? null,
    /** SIRETs starting with these digits (a SIREN, or part of one), through the SIRET index. */
    bySiretPrefix: (digits: string, limit: number) => statements()?.siretPrefix.all(digits, after(digits), limit) ?? [],
    services: (structureId: number) => statements()?.services.all(structureId) ?? [],
    counts: () => statements()?.counts.get() ?? { structures: 0, services: 0 },
  };
}

export type DirectorySearchQueries = ReturnType<typeof createDirectorySearchQueries>;
