import type { Database } from 'better-sqlite3';
import type { DirectoryImportReport } from '@shared/public-directory/public-directory';
import { createGeneration, createGenerationWriter, dropGeneration, type GenerationWriter, type StructureRecord } from '../../db/public-directory/directory-generations';
import { AppError } from '../../errors/app-error';
import { throwIfCancelled } from '../tasks/task-runner';
import { hasRequiredColumns, mapColumns, type ColumnMap } from './column-map';
import { EncodingMismatch, type CsvEncoding } from './csv-rows';
import type { DirectorySource } from './directory-source';
import { createRowReader, type ServiceRecord } from './directory-rows-to-records';
import { createProblemLog } from './import-problems';
import { readDirectoryRows, type FileFacts } from './read-directory-rows';
import { indexedTerms } from './search-text';

export interface ImportProgress {
  signal: AbortSignal;
  /** Bytes of the source read so far, of its size; rows read, for the message. */
  progress(done: number, total: number, message: string): void;
}

/**
 * Rows written per transaction. The import runs in its own thread (import-worker.ts), so a transaction may be
 * long: large ones spare SQLite most of its commits; progress is reported once per transaction.
 */
const BATCH_ROWS = 20_000;
const INDEX_BATCH = 50_000;
const HEADER_SEARCH_ROWS = 10;

const frenchCount = (n: number) => n.toLocaleString('fr-FR').replace(/\u202f|\u00a0/g, ' ');

function missingColumns(headersSeen: readonly string[]): AppError {
  const seen = headersSeen.filter((h) => h.trim() !== '').slice(0, 12).map((h) => `« ${h} »`).join(', ');
  return new AppError(
    'directory_unreadable',
    `Les colonnes de l’identifiant (SIRET) et de la raison sociale sont introuvables dans ce fichier.${seen ? ` Colonnes lues : ${seen}.` : ''} Vérifiez qu’il s’agit bien de l’annuaire de Chorus Pro.`,
  );
}

/** What the search index holds of each structure, gathered while its rows are read (indexed by structure id). */
interface IndexTexts {
  names: string[];
  places: string[];
  services: string[];
}

/**
 * Builds the search index of a generation from the texts gathered while reading, shortest names first (the
 * order searches read it in), then the SIRET index; both after the bulk insert, which is faster than
 * keeping indexes up to date row by row.
 */
function buildSearchIndex(writer: GenerationWriter, context: ImportProgress, texts: IndexTexts): void {
  const count = texts.names.length - 1;
  const order = Array.from({ length: count }, (_, i) => i + 1);
  const lengths = Int32Array.from(texts.names, (name) => name?.length ?? 0);
  order.sort((a, b) => (lengths[a] as number) - (lengths[b] as number) || a - b);
  const vocabulary = new Set<string>();
  for (let from = 0; from < count; from += INDEX_BATCH) {
    throwIfCancelled(context.signal);
    writer.batch(() => {
      for (let position = from + 1; position <= Math.min(count, from + INDEX_BATCH); position++) {
        const id = order[position - 1] as number;
        writer.index(position, id, indexedTerms(texts.names[id] as string, texts.places[id] as string, texts.services[id] as string, vocabulary));
      }
    });
    const done = Math.min(count, from + INDEX_BATCH);
    context.progress(done, count, `Index de recherche : ${frenchCount(done)} structures sur ${frenchCount(count)}`);
  }
  context.progress(count, count, 'Index de recherche : finalisation');
  writer.finish(vocabulary);
}

/** One pass over the file into a new generation; returns its report. Throws EncodingMismatch to start again. */
async function fill(writer: GenerationWriter, source: DirectorySource, context: ImportProgress, encoding?: CsvEncoding): Promise<DirectoryImportReport> {
  const facts: FileFacts = { format: 'csv', isZipped: false };
  const problems = createProblemLog();
  const ids = new Map<string, { id: number; name: string }>();
  let bytesRead = 0;
  let rowsRead = 0;
  let rowsSkipped = 0;
  let services = 0;
  let map: ColumnMap | null = null;
  let headerSheet = 0;
  let candidates: string[][] = [];
  let readRow: ReturnType<typeof createRowReader> | null = null;
  let pendingStructures: StructureRecord[] = [];
  let pendingServices: Array<[number, ServiceRecord, number]> = [];
  const texts: IndexTexts = { names: [''], places: [''], services: [''] };

  const flush = () => {
    const structuresNow = pendingStructures;
    const servicesNow = pendingServices;
    pendingStructures = [];
    pendingServices = [];
    writer.batch(() => {
      for (const structure of structuresNow) writer.structure(structure);
      for (const [id, service, line] of servicesNow) {
        if (writer.service(id, service.code, service.label, service.isActive)) {
          services++;
          texts.services[id] += texts.services[id] === '' ? `${service.code} ${service.label}` : ` ${service.code} ${service.label}`;
        } else problems.note('duplicate-service', () => `ligne ${line} : ${service.code}`);
      }
    });
    context.progress(bytesRead, source.size, `${frenchCount(rowsRead)} lignes lues`);
    throwIfCancelled(context.signal);
  };

  let line = 0;
  const rowsOfFile = readDirectoryRows(source, facts, (read) => (bytesRead = read), encoding);
  reading: for await (const batch of rowsOfFile) {
    for (const cells of batch.rows) {
      line++;
      if (map === null || !readRow) {
        // The header is the first row (of a sheet) naming the SIRET and name columns; titles above it are skipped.
        if (batch.sheet !== headerSheet) {
          headerSheet = batch.sheet;
          candidates = [];
          line = 1;
        }
        if (candidates.length >= HEADER_SEARCH_ROWS) {
          if (facts.format === 'csv') break reading;
          continue;
        }
        candidates.push(cells);
        const candidate = mapColumns(cells);
        if (hasRequiredColumns(candidate)) {
          map = candidate;
          readRow = createRowReader(candidate, problems);
        }
        continue;
      }
      if (batch.sheet !== headerSheet) break reading;
      if (cells.every((cell) => cell.trim() === '')) continue;
      rowsRead++;
      const reading = readRow(cells, line);
      if (reading.kind === 'skipped') {
        rowsSkipped++;
        continue;
      }
      let known = ids.get(reading.structure.siret);
      if (!known) {
        known = { id: ids.size + 1, name: reading.structure.name };
        ids.set(reading.structure.siret, known);
        pendingStructures.push({ id: known.id, ...reading.structure });
        texts.names.push(reading.structure.name);
        texts.places.push(`${reading.structure.city} ${reading.structure.postcode}`);
        texts.services.push('');
      } else if (known.name !== reading.structure.name) {
        const kept = known.name;
        problems.note('conflicting-structure', () => `ligne ${line} : ${reading.structure.siret} « ${reading.structure.name} » (gardé : « ${kept} »)`);
      }
      for (const service of reading.services) pendingServices.push([known.id, service, line]);
    }
    if (pendingStructures.length + pendingServices.length >= BATCH_ROWS) flush();
  }
  if (map === null) throw missingColumns(candidates[0] ?? []);
  flush();
  if (ids.size === 0) {
    throw new AppError('directory_unreadable', `Aucune structure lisible dans ce fichier (${frenchCount(rowsRead)} lignes lues, ${frenchCount(rowsSkipped)} ignorées) : l’annuaire actuel est conservé.`);
  }
  buildSearchIndex(writer, context, texts);
  const headers = candidates[candidates.length - 1] ?? [];
  return {
    ...facts,
    rowsRead,
    rowsSkipped,
    structures: ids.size,
    services,
    columns: Object.entries(map.columns).map(([field, column]) => ({ field: field as DirectoryImportReport['columns'][number]['field'], header: headers[column] ?? '' })),
    unknownColumns: map.unknownColumns,
    missingColumns: map.missingColumns,
    problems: problems.list(),
  };
}

/**
 * Reads a directory file into a new generation of tables and returns its report with the generation's number;
 * the caller swaps it in. On any failure or cancellation the new tables are dropped and the directory in use
 * is untouched. A CSV first read as UTF-8 that turns out to be Windows-1252 is read again from the start.
 */
export async function importIntoNewGeneration(db: Database, source: DirectorySource, context: ImportProgress): Promise<{ generation: number; report: DirectoryImportReport }> {
  let encoding: CsvEncoding | undefined;
  for (;;) {
    const generation = createGeneration(db);
    try {
      const report = await fill(createGenerationWriter(db, generation), source, context, encoding);
      return { generation, report };
    } catch (error) {
      dropGeneration(db, generation);
      if (error instanceof EncodingMismatch && encoding === undefined) {
        encoding = 'windows-1252';
        continue;
      }
      throw error;
    }
  }
}
