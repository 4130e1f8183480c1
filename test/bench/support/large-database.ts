import type { Database } from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createCore } from '../../../main/app/create-core';
import { latestVersion } from '../../../main/db/migrations';
import { databasePath } from '../../../main/db/open-database';
import { fixedClock } from '../../../main/services/clock';
import { canonicalJson } from '../../../main/services/journal/canonical-json';
import { createJournal, sha256, type SealSource } from '../../../main/services/journal/journal';
import { silentLogger } from '../../../main/services/logging/logger';
import type { InvoiceDraftInput } from '@shared/invoicing/draft';
import { formatInvoiceNumber } from '@shared/numbering/number-pattern';
import { sealOfCore } from '../../support/core-seal';
import { franchiseLine, microEntrepreneur, townHall, valueOf } from '../../support/invoicing-setup';

/** Bump when the generator changes, so a cached database of the old shape is not reused. */
const GENERATOR_VERSION = 2;
const ISSUED_THROUGH_THE_APP = 200;
/** What a data folder holds besides the database: the journal's key lives in these secrets. */
const SECRET_FILES = ['secrets.json', 'secrets.key'] as const;
/** The tables whose triggers refuse what the bulk copy writes (see unguarded()); the journal keeps its own. */
const GUARDED_TABLES = ['invoices', 'invoice_balances', 'number_sequences', 'invoice_files', 'payments'];

export interface LargeDatabase {
  /** A data folder holding a copy of the cached database and of its secrets, to use and throw away. */
  dataDir: string;
  remove(): void;
}

function random(seed: number) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/**
 * A shop's database with `total` issued invoices, as real as the benchmarks need: 200 issued through the app
 * (real documents, Factur-X PDF, CII, UBL, portal PDF), the rest copied in SQL from them with their own
 * number, document hash and journal events (draft created, issued, files, payment), one in three paid. The
 * whole record verifies intact (the build checks it), under the journal key kept with the data folder's
 * secrets, so both are cached and copied together. Built once per shape in the temp folder (100 000
 * invoices take minutes; a test gives its own `cacheDir` to build afresh); each call gets its own copy.
 *
 * Files: the verification wants every issued piece to have its files, journaled. The first `withFiles`
 * copies get the real files of their template (≈120 kB a piece); the others get short stand-in bytes of
 * the right kind, hashed and journaled like real ones, because real files for 100 000 pieces would make a
 * 12 GB database. So a benchmark hashing all files (backup) hashes less than a real shop of that size.
 */
export async function largeDatabase(total: number, withFiles: number, options: { cacheDir?: string } = {}): Promise<LargeDatabase> {
  const cached = join(options.cacheDir ?? join(tmpdir(), 'facturier-bench-cache'), `${total}-${withFiles}-v${latestVersion}-g${GENERATOR_VERSION}`);
  if (!existsSync(databasePath(cached))) await build(cached, total, withFiles);
  const dataDir = join(tmpdir(), `facturier-bench-${process.pid}-${Date.now()}`);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  copyFileSync(databasePath(cached), databasePath(dataDir));
  for (const name of SECRET_FILES) copyFileSync(join(cached, name), join(dataDir, name));
  return { dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

async function build(target: string, total: number, withFiles: number): Promise<void> {
  // Per process: two benchmarks started together each build their own, the last rename wins.
  const dataDir = `${target}.build-${process.pid}`;
  rmSync(dataDir, { recursive: true, force: true });
  const started = Date.now();
  const clock = fixedClock('2026-12-31T10:00:00Z');
  const core = createCore({ dataDir, transport: 'browser', clock, logger: silentLogger });
  try {
    valueOf(await core.invoke('company:save', microEntrepreneur));
    const customers: number[] = [];
    for (let i = 0; i < 30; i++) customers.push(valueOf(await core.invoke('customers:create', { customer: { ...townHall, legalName: `Mairie n° ${i}` } })).id);
    const next = random(7);
    for (let i = 0; i < Math.min(ISSUED_THROUGH_THE_APP, total); i++) {
      const lines = Array.from({ length: 1 + Math.floor(next() * 8) }, (_, n) => ({ ...franchiseLine, description: `Prestation ${n + 1}`, quantity: String(1 + Math.floor(next() * 5)) }));
      const day = `2026-${String(1 + Math.floor((i / ISSUED_THROUGH_THE_APP) * 12)).padStart(2, '0')}-10`;
      const draft: InvoiceDraftInput = { customerId: customers[i % customers.length] as number, issueDate: day, serviceCode: 'FIN-01', lines };
      const { id } = valueOf(await core.invoke('invoices:createDraft', { draft }));
      valueOf(await core.invoke('invoices:issue', { id }));
    }
    // The journal's key lives with the secrets of this data folder: the copies are sealed with it.
    const seal = sealOfCore(Object.assign(core, { dataDir }), clock);
    unguarded(core.db, () => copyUp(core.db, total, withFiles, seal));
    const verification = valueOf(await core.invoke('journal:verify', {}));
    if (!verification.isIntact) {
      const errors = verification.findings.filter((finding) => finding.severity === 'error').slice(0, 5);
      throw new Error(`la base générée ne se vérifie pas : ${errors.map((f) => `${f.piece} : ${f.message}`).join(' | ')}`);
    }
    core.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    core.close();
  }
  // Only the database and the secrets are kept: logs, lock and WAL files belong to the build.
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true, mode: 0o700 });
  for (const name of [basename(databasePath(dataDir)), ...SECRET_FILES]) renameSync(join(dataDir, name), join(target, name));
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`  base de ${total} factures construite en ${((Date.now() - started) / 1000).toFixed(0)} s (gardée : ${target})`);
}

/**
 * Runs `work` with the triggers that guard the legal tables dropped, in this connection only (the file is
 * the generator's own), then creates every one of them again from its own stored text, as migration 0011
 * does for invoice_files, and checks they are all back unchanged. The journal keeps its triggers: the
 * copies are appended at its head through createJournal, as the app does.
 */
function unguarded(db: Database, work: () => void): void {
  const list = () =>
    db
      .prepare<string[], { name: string; sql: string }>(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN (${GUARDED_TABLES.map(() => '?').join(', ')}) ORDER BY name`)
      .all(...GUARDED_TABLES);
  const triggers = list();
  if (triggers.length === 0) throw new Error('aucun déclencheur à lever : le schéma a changé, revoir le générateur');
  db.transaction(() => {
    for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
  }).immediate();
  try {
    work();
  } finally {
    db.transaction(() => {
      for (const trigger of triggers) db.exec(trigger.sql);
    }).immediate();
  }
  if (JSON.stringify(list()) !== JSON.stringify(triggers)) throw new Error('les déclencheurs n’ont pas été recréés à l’identique');
}

type Row = Record<string, unknown> & {
  id: number;
  company_id: number;
  customer_id: number;
  series: string;
  period: number;
  document: string;
  total_cents: number;
  due_cents: number;
  issue_date: string;
  due_date: string;
  issued_at: string;
};
type StoredFile = { kind: string; mime_type: string; bytes: Buffer; sha256: string };

/** Short bytes standing in for a file of this kind (see largeDatabase): same kind and type, not a document. */
function standIn(file: StoredFile, number: string): StoredFile {
  if (file.kind === 'logo') return file;
  const bytes = Buffer.from(`${file.kind} ${number} (fichier remplaçant, banc d’essai)`, 'utf8');
  return { ...file, bytes, sha256: sha256(bytes) };
}

/**
 * The copies, as issuing would have left them: the invoice issued with the next sequence of its template's
 * series, its balance as the triggers derive it (amount due less payments, the invoice's copied columns),
 * its files, the counter at the last sequence, and the journal entries the app writes (draft created,
 * issued, files generated, payment recorded), chained and sealed.
 */
function copyUp(db: Database, total: number, withFiles: number, seal: SealSource): void {
  const templates = db.prepare("SELECT * FROM invoices WHERE status = 'issued' ORDER BY id").all() as Row[];
  const filesOf = db.prepare('SELECT kind, mime_type, bytes, sha256 FROM invoice_files WHERE invoice_id = ? ORDER BY kind');
  const templateFiles = new Map(templates.map((row) => [row.id, filesOf.all(row.id) as StoredFile[]]));
  const insert = db.prepare(`INSERT INTO invoices (company_id, type_code, status, customer_id, series, period, sequence, number, issue_date, due_date,
      buyer_name, net_cents, total_cents, due_cents, document, document_hash, created_at, updated_at, issued_at)
    VALUES (@company_id, '380', 'issued', @customer_id, @series, @period, @sequence, @number, @issue_date, @due_date,
      @buyer_name, @net_cents, @total_cents, @due_cents, @document, @document_hash, @issued_at, @issued_at, @issued_at)`);
  const balance = db.prepare(`INSERT INTO invoice_balances (invoice_id, paid_cents, credited_cents, remaining_cents, company_id, customer_id, issue_date, due_date)
    VALUES (?, ?, 0, ?, ?, ?, ?, ?)`);
  const payment = db.prepare("INSERT INTO payments (invoice_id, paid_on, amount_cents, mode, note, created_at) VALUES (?, ?, ?, 'transfer', '', ?)");
  const file = db.prepare('INSERT INTO invoice_files (invoice_id, kind, mime_type, bytes, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const search = db.prepare("INSERT INTO invoice_search (rowid, number, buyer, body) VALUES (?, ?, ?, '')");
  const counter = db.prepare('UPDATE number_sequences SET last_sequence = ? WHERE company_id = ? AND series = ? AND period = ?');
  const journal = createJournal(db, seal);
  const batch = 5_000;
  for (let start = templates.length + 1; start <= total; start += batch) {
    db.transaction(() => {
      for (let sequence = start; sequence < Math.min(start + batch, total + 1); sequence++) {
        const row = templates[sequence % templates.length] as Row;
        const at = row.issued_at;
        const number = formatInvoiceNumber(row.series, Number(row.issue_date.slice(0, 4)), sequence);
        const document = JSON.parse(row.document) as { invoice: { number: string } };
        document.invoice.number = number;
        const frozen = canonicalJson(document);
        const documentHash = sha256(frozen);
        const id = Number(insert.run({ ...row, sequence, number, document: frozen, document_hash: documentHash }).lastInsertRowid);
        search.run(id, number, row.buyer_name);
        journal.append({ at, kind: 'invoice.draft.created', entity: 'invoice', entityId: id, payload: { typeCode: '380', customerId: row.customer_id, totalCents: row.total_cents } });
        journal.append({
          at,
          kind: 'invoice.issued',
          entity: 'invoice',
          entityId: id,
          payload: { number, series: row.series, sequence, documentHash, totalCents: row.total_cents, correctedInvoiceId: null, customerId: row.customer_id },
        });
        const files = (templateFiles.get(row.id) ?? []).map((f) => (sequence <= withFiles ? f : standIn(f, number)));
        for (const f of files) file.run(id, f.kind, f.mime_type, f.bytes, f.sha256, at);
        journal.append({ at, kind: 'invoice.files.generated', entity: 'invoice', entityId: id, payload: Object.fromEntries(files.map((f) => [f.kind, f.sha256])) });
        const paid = sequence % 3 === 0 ? row.due_cents : 0;
        balance.run(id, paid, row.due_cents - paid, row.company_id, row.customer_id, row.issue_date, row.due_date);
        if (paid !== 0) {
          const paymentId = Number(payment.run(id, row.issue_date, paid, at).lastInsertRowid);
          journal.append({ at, kind: 'payment.recorded', entity: 'invoice', entityId: id, payload: { paymentId, paidOn: row.issue_date, amountCents: paid, mode: 'transfer', note: '' } });
        }
        counter.run(sequence, row.company_id, row.series, row.period);
      }
    }).immediate();
  }
}
