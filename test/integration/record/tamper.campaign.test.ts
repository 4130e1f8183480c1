import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordFinding } from '@shared/record/record-verification';
import { createCore } from '../../../main/app/create-core';
import { fixedClock } from '../../../main/services/clock';
import { ANCHOR_KEY_SECRET } from '../../../main/services/journal/journal-anchor';
import { sealOf, type JournalSeal } from '../../../main/services/journal/journal-seal';
import { verifyJournal } from '../../../main/services/journal/verify-journal';
import { createKeyFileCipher } from '../../../main/services/secrets/key-file-cipher';
import { createSecretStore } from '../../../main/services/secrets/secret-store';
import { campaignSize, isStressRun, reportCampaign } from '../../support/campaign';
import { buildRichRecord } from '../../support/record-fixture';
import { makeTempDir } from '../../support/temp-dir';
import { TEST_NOW } from '../../support/test-core';
import { alteredValue, forgedRows, type Row } from '../../support/tamper-values';

/** The tables that hold legal state, every column of each (read from the schema, so a new column is covered). */
const LEGAL_TABLES = ['invoices', 'payments', 'invoice_files', 'invoice_balances', 'number_sequences', 'journal', 'journal_head'] as const;
type Table = (typeof LEGAL_TABLES)[number];

/** Columns that make a row what it is: changing one moves the row, and the finding names the row, not the column. */
const IDENTITY: Record<Table, readonly string[]> = {
  invoices: ['id', 'status'],
  payments: ['id', 'invoice_id'],
  invoice_files: ['invoice_id', 'kind'],
  invoice_balances: ['invoice_id'],
  number_sequences: ['company_id', 'series', 'period'],
  journal: ['seq', 'at', 'kind', 'entity', 'entity_id', 'payload', 'previous_hash', 'hash'],
  journal_head: ['id'],
};

interface TamperCase {
  name: string;
  tamper(db: Database.Database): void;
  /** The finding that names the alteration: the right piece, and the right field when it can be told. */
  names(finding: RecordFinding): boolean;
}

let image: Buffer;
let seal: JournalSeal;
const dir = makeTempDir();

beforeAll(async () => {
  const core = createCore({ dataDir: dir.path, transport: 'browser', clock: fixedClock(TEST_NOW) });
  await buildRichRecord(core);
  core.db.pragma('journal_mode = DELETE'); // an in-memory copy cannot be in WAL mode
  image = core.db.serialize();
  core.close();
  const secrets = createSecretStore(join(dir.path, 'secrets.json'), createKeyFileCipher(join(dir.path, 'secrets.key')));
  seal = sealOf(Buffer.from(secrets.get(ANCHOR_KEY_SECRET) as string, 'base64'));
}, 120_000);
afterAll(() => dir.remove());

function open(): Database.Database {
  const db = new Database(image);
  db.pragma('foreign_keys = OFF');
  db.pragma('ignore_check_constraints = ON');
  // Triggers and unique indexes dropped first, as someone would to get a change through.
  for (const name of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[]) db.exec(`DROP TRIGGER "${name}"`);
  for (const name of db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").pluck().all() as string[]) db.exec(`DROP INDEX "${name}"`);
  return db;
}

/** How the finding names a row of each table. */
function pieceOf(table: Table, row: Row, db: Database.Database): (piece: string) => boolean {
  const number = table === 'invoice_files' || table === 'invoice_balances' ? String(db.prepare('SELECT number FROM invoices WHERE id = ?').pluck().get(row.invoice_id)) : '';
  switch (table) {
    case 'invoices':
      return (piece) => /^(Facture|Avoir|Brouillon) /.test(piece) && ((row.number !== null && piece.includes(String(row.number))) || piece.endsWith(`n° ${String(row.id)}`));
    case 'payments':
      return (piece) => piece.startsWith(`Paiement n° ${String(row.id)} `) || piece.startsWith(`Paiement n° ${Number(row.id) + 1000} `);
    case 'invoice_files':
      return (piece) => piece.startsWith('Fichier') && (piece.includes(number) || piece.includes(`n° ${Number(row.invoice_id) + 1000}`));
    case 'invoice_balances':
      return (piece) => piece.startsWith('Solde') && (piece.includes(number) || piece.includes(`n° ${Number(row.invoice_id) + 1000}`));
    case 'number_sequences':
      return (piece) => piece.startsWith(`Numérotation « ${String(row.series)}`);
    case 'journal':
      return (piece) => [`Journal, entrée n° ${String(row.seq)}`, `Journal, entrée n° ${Number(row.seq) + 1}`, 'Tête du journal'].includes(piece);
    case 'journal_head':
      return (piece) => piece === 'Tête du journal';
  }
}

function keyOf(table: Table, row: Row): string {
  const columns: Record<Table, string[]> = {
    invoices: ['id'],
    payments: ['id'],
    invoice_files: ['invoice_id', 'kind'],
    invoice_balances: ['invoice_id'],
    number_sequences: ['company_id', 'series', 'period'],
    journal: ['seq'],
    journal_head: ['id'],
  };
  return columns[table].map((c) => `"${c}" = ${typeof row[c] === 'string' ? `'${String(row[c]).replace(/'/g, "''")}'` : String(row[c])}`).join(' AND ');
}

/** Rows to tamper with: under stress every row of every table; in npm test a few of each (issued ones for invoices). */
function targetRows(db: Database.Database, table: Table): Row[] {
  const where = table === 'invoices' ? " WHERE status = 'issued'" : '';
  const rows = db.prepare(`SELECT * FROM "${table}"${where}`).all() as Row[];
  return isStressRun ? rows : rows.filter((_, index) => index === 0 || index === rows.length - 1);
}

function buildCases(): TamperCase[] {
  const db = open();
  const cases: TamperCase[] = [];
  for (const table of LEGAL_TABLES) {
    const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as Array<{ name: string }>).map((c) => c.name);
    for (const row of targetRows(db, table)) {
      const piece = pieceOf(table, row, db);
      const where = keyOf(table, row);
      for (const column of columns) {
        const value = alteredValue(table, column, row, db);
        if (value === undefined) continue;
        const field = (f: string | null) => IDENTITY[table].includes(column) || f === column;
        cases.push({
          name: `${table}.${column} altered (${where})`,
          tamper: (target) => target.prepare(`UPDATE "${table}" SET "${column}" = ? WHERE ${where}`).run(value),
          names: (finding) => piece(finding.piece) && field(finding.field),
        });
      }
      cases.push({ name: `${table} row deleted (${where})`, tamper: (target) => target.prepare(`DELETE FROM "${table}" WHERE ${where}`).run(), names: (f) => piece(f.piece) });
    }
    for (const forged of forgedRows(table, db)) {
      cases.push({
        name: `${table} row inserted (${forged.label})`,
        tamper: (target) => target.prepare(`INSERT INTO "${table}" (${Object.keys(forged.row).map((c) => `"${c}"`).join(', ')}) VALUES (${Object.keys(forged.row).map(() => '?').join(', ')})`).run(...Object.values(forged.row)),
        names: (finding) => forged.piece(finding.piece),
      });
    }
  }
  // Documents and journal entries that are not JSON any more (the CHECK constraint bypassed).
  cases.push(
    { name: 'invoices.document not JSON', tamper: (t) => t.prepare("UPDATE invoices SET document = '{pas du json' WHERE number = 'F-2026-0002'").run(), names: (f) => f.piece === 'Facture F-2026-0002' && f.field === 'document' },
    { name: 'journal.payload not JSON', tamper: (t) => t.prepare("UPDATE journal SET payload = 'pas du json' WHERE seq = 5").run(), names: (f) => f.piece === 'Journal, entrée n° 5' && f.field === 'payload' },
  );
  db.close();
  return cases;
}

describe('tamper campaign: every alteration of the legal record behind the app’s back is named', () => {
  it('finds nothing in the untouched record', () => {
    const db = open();
    expect(verifyJournal(db, seal)).toMatchObject({ isIntact: true, findings: [] });
    db.close();
  });

  it('names each altered column, deleted row and inserted row, table by table', () => {
    const cases = buildCases();
    const failures: Array<{ name: string; findings: RecordFinding[] }> = [];
    for (const tamperCase of cases) {
      const db = open();
      tamperCase.tamper(db);
      const result = verifyJournal(db, seal);
      db.close();
      if (result.isIntact || !result.findings.some((f) => f.severity === 'error' && tamperCase.names(f))) failures.push({ name: tamperCase.name, findings: result.findings });
    }
    reportCampaign('altérations du registre (tamper)', 'altérations', cases.length, failures.length);
    expect(cases.length).toBeGreaterThanOrEqual(campaignSize(300, 60));
    expect(failures).toEqual([]);
  }, 600_000);
});
