import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../../main/app/create-core';
import { latestVersion } from '../../../main/db/migrations';
import { databasePath } from '../../../main/db/open-database';
import { fixedClock } from '../../../main/services/clock';
import { canonicalJson } from '../../../main/services/journal/canonical-json';
import { createJournal, sha256, type SealSource } from '../../../main/services/journal/journal';
import { createJournalAnchor } from '../../../main/services/journal/journal-anchor';
import { createKeyFileCipher } from '../../../main/services/secrets/key-file-cipher';
import { createSecretStore } from '../../../main/services/secrets/secret-store';
import { silentLogger } from '../../../main/services/logging/logger';
import type { InvoiceDraftInput } from '@shared/invoicing/draft';
import { franchiseLine, microEntrepreneur, townHall, valueOf } from '../../support/invoicing-setup';

/** Bump when the generator changes, so a cached database of the old shape is not reused. */
const GENERATOR_VERSION = 1;
const ISSUED_THROUGH_THE_APP = 200;

export interface LargeDatabase {
  /** A data folder holding a copy of the cached database, to use and throw away. */
  dataDir: string;
  remove(): void;
}

function random(seed: number) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/**
 * A shop's database with `total` issued invoices, as real as the benchmarks need: 200 issued through the app
 * (real documents, Factur-X PDF, CII, UBL), the rest copied in SQL from them with their own number, document
 * hash and journal events (so the journal verifies), the first `withFiles` of them with files (and their
 * `invoice.files.generated` events), one in three paid (with `payment.recorded` events). Built once and kept
 * in the temp folder (rebuilding 100 000 invoices takes a minute); each call gets its own copy.
 */
export async function largeDatabase(total: number, withFiles: number): Promise<LargeDatabase> {
  const cacheDir = join(tmpdir(), 'facturier-bench-cache');
  const cached = join(cacheDir, `${total}-${withFiles}-v${latestVersion}-g${GENERATOR_VERSION}.sqlite`);
  if (!existsSync(cached)) await build(cached, total, withFiles);
  const dataDir = join(tmpdir(), `facturier-bench-${process.pid}-${Date.now()}`);
  mkdirSync(dataDir, { recursive: true });
  copyFileSync(cached, databasePath(dataDir));
  return { dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

async function build(target: string, total: number, withFiles: number): Promise<void> {
  mkdirSync(join(target, '..'), { recursive: true });
  const dataDir = `${target}.build`;
  rmSync(dataDir, { recursive: true, force: true });
  const started = Date.now();
  const core = createCore({ dataDir, transport: 'browser', clock: fixedClock('2026-12-31T10:00:00Z'), logger: silentLogger });
  try {
    valueOf(await core.invoke('company:save', microEntrepreneur));
    const customers: number[] = [];
    for (let i = 0; i < 30; i++) customers.push(valueOf(await core.invoke('customers:create', { customer: { ...townHall, legalName: `Mairie n° ${i}` } })).id);
    const next = random(7);
    for (let i = 0; i < ISSUED_THROUGH_THE_APP; i++) {
      const lines = Array.from({ length: 1 + Math.floor(next() * 8) }, (_, n) => ({ ...franchiseLine, description: `Prestation ${n + 1}`, quantity: String(1 + Math.floor(next() * 5)) }));
      const day = `2026-${String(1 + Math.floor((i / ISSUED_THROUGH_THE_APP) * 12)).padStart(2, '0')}-10`;
      const draft: InvoiceDraftInput = { customerId: customers[i % customers.length] as number, issueDate: day, serviceCode: 'FIN-01', lines };
      const { id } = valueOf(await core.invoke('invoices:createDraft', { draft }));
      valueOf(await core.invoke('invoices:issue', { id }));
    }
    // The journal's key lives with the secrets of this data folder: the copies are sealed with it.
    const secrets = createSecretStore(join(dataDir, 'secrets.json'), createKeyFileCipher(join(dataDir, 'secrets.key')));
    copyUp(core.db, total, withFiles, createJournalAnchor(core.db, secrets, fixedClock('2026-12-31T10:00:00Z')).seal);
    core.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    core.close();
  }
  renameSync(databasePath(dataDir), target);
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`  base de ${total} factures construite en ${((Date.now() - started) / 1000).toFixed(0)} s (gardée : ${target})`);
}

type Row = Record<string, unknown> & { id: number; document: string; total_cents: number; issue_date: string; customer_id: number };

function copyUp(db: ReturnType<typeof createCore>['db'], total: number, withFiles: number, seal: SealSource): void {
  const templates = db.prepare("SELECT * FROM invoices WHERE status = 'issued' ORDER BY id").all() as Row[];
  const filesOf = db.prepare('SELECT kind, mime_type, bytes, sha256 FROM invoice_files WHERE invoice_id = ?');
  const insert = db.prepare(`INSERT INTO invoices (company_id, type_code, status, customer_id, series, period, sequence, number, issue_date, due_date,
      buyer_name, net_cents, total_cents, due_cents, document, document_hash, created_at, updated_at, issued_at)
    VALUES (@company_id, '380', 'issued', @customer_id, @series, @period, @sequence, @number, @issue_date, @due_date,
      @buyer_name, @net_cents, @total_cents, @due_cents, @document, @document_hash, @created_at, @updated_at, @issued_at)`);
  const balance = db.prepare('INSERT INTO invoice_balances (invoice_id, paid_cents, remaining_cents) VALUES (?, ?, ?)');
  const payment = db.prepare("INSERT INTO payments (invoice_id, paid_on, amount_cents, mode, note, created_at) VALUES (?, ?, ?, 'transfer', '', ?)");
  const file = db.prepare('INSERT INTO invoice_files (invoice_id, kind, mime_type, bytes, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  const search = db.prepare("INSERT INTO invoice_search (rowid, number, buyer, body) VALUES (?, ?, ?, '')");
  const journal = createJournal(db, seal);
  const at = '2026-12-31T10:00:00.000Z';
  const batch = 5_000;
  for (let start = templates.length + 1; start <= total; start += batch) {
    db.transaction(() => {
      for (let sequence = start; sequence < Math.min(start + batch, total + 1); sequence++) {
        const row = templates[sequence % templates.length] as Row;
        const number = `F-2026-${String(sequence).padStart(6, '0')}`;
        const document = JSON.parse(row.document) as { invoice: { number: string } };
        document.invoice.number = number;
        const frozen = canonicalJson(document);
        const documentHash = sha256(frozen);
        const id = Number(insert.run({ ...row, sequence, number, document: frozen, document_hash: documentHash }).lastInsertRowid);
        search.run(id, number, row.buyer_name);
        journal.append({ at, kind: 'invoice.issued', entity: 'invoice', entityId: id, payload: { number, documentHash, totalCents: row.total_cents, correctedInvoiceId: null } });
        const isPaid = sequence % 3 === 0;
        balance.run(id, isPaid ? row.total_cents : 0, isPaid ? 0 : row.total_cents);
        if (isPaid) {
          const paymentId = Number(payment.run(id, row.issue_date, row.total_cents, at).lastInsertRowid);
          journal.append({ at, kind: 'payment.recorded', entity: 'invoice', entityId: id, payload: { paymentId, amountCents: row.total_cents, paidOn: row.issue_date, mode: 'transfer' } });
        }
        if (sequence <= withFiles) {
          const files = filesOf.all(row.id) as Array<{ kind: string; mime_type: string; bytes: Buffer; sha256: string }>;
          for (const f of files) file.run(id, f.kind, f.mime_type, f.bytes, f.sha256, at);
          journal.append({ at, kind: 'invoice.files.generated', entity: 'invoice', entityId: id, payload: Object.fromEntries(files.map((f) => [f.kind, f.sha256])) });
        }
      }
    }).immediate();
  }
}
