import { createCore, type Core } from '../../main/app/create-core';
import { fixedClock } from '../../main/services/clock';
import type { InvoiceDraftInput } from '@shared/invoicing/draft';
import { makeTempDir } from '../support/temp-dir';
import { franchiseLine, microEntrepreneur, townHall, valueOf } from '../support/invoicing-setup';
import { percentile, result, type BenchResult } from './bench-harness';

const ISSUED_THROUGH_THE_APP = 10_000;
const TOTAL_INVOICES = 100_000;
const QUERY_RUNS = 300;
const TOWNS = ['Angers', 'Beaufort-en-Anjou', 'Saumur', 'Cholet', 'Nantes', 'Tours', 'Laval', 'Le Mans', 'Rennes', 'Brest'];
const WORDS = ['Atelier', 'Maintenance', 'Formation', 'Livraison', 'Réparation', 'Conseil', 'Traiteur', 'Nettoyage', 'Jardinage', 'Impression'];

/** A deterministic pseudo-random sequence, so every run measures the same data. */
function random(seed: number) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return ms(start);
}

async function seedCustomers(core: Core): Promise<number[]> {
  valueOf(await core.invoke('company:save', microEntrepreneur));
  const ids: number[] = [];
  for (const [i, town] of TOWNS.entries()) {
    for (const kind of ['Mairie', 'CCAS', 'École']) {
      const customer = valueOf(await core.invoke('customers:create', { customer: { ...townHall, legalName: `${kind} de ${town} ${i}` } }));
      ids.push(customer.id);
    }
  }
  return ids;
}

function draft(next: () => number, customers: number[], day: string): InvoiceDraftInput {
  const lineCount = 1 + Math.floor(next() * 20);
  const lines = Array.from({ length: lineCount }, (_, i) => ({
    ...franchiseLine,
    description: `${WORDS[Math.floor(next() * WORDS.length)]} n° ${i + 1}`,
    quantity: String(1 + Math.floor(next() * 10)),
    unitPrice: (5 + next() * 500).toFixed(2),
  }));
  return { customerId: customers[Math.floor(next() * customers.length)] as number, issueDate: day, serviceCode: 'FIN-01', lines };
}

/** Copies issued invoices in SQL up to TOTAL_INVOICES (numbers continue the series) to measure lists at scale. */
function fillUp(core: Core): void {
  const db = core.db;
  const existing = db.prepare("SELECT count(*) FROM invoices WHERE status = 'issued'").pluck().get() as number;
  const template = db.prepare("SELECT * FROM invoices WHERE status = 'issued' ORDER BY id LIMIT 1000").all() as Array<Record<string, unknown>>;
  const insert = db.prepare(`INSERT INTO invoices (company_id, type_code, status, customer_id, series, period, sequence, number, issue_date, due_date,
      buyer_name, net_cents, total_cents, due_cents, document, document_hash, created_at, updated_at, issued_at)
    VALUES (@company_id, '380', 'issued', @customer_id, @series, @period, @sequence, @number, @issue_date, @due_date,
      @buyer_name, @net_cents, @total_cents, @due_cents, @document, @document_hash, @created_at, @updated_at, @issued_at)`);
  const balance = db.prepare('INSERT INTO invoice_balances (invoice_id, paid_cents, remaining_cents) VALUES (?, ?, ?)');
  const index = db.prepare("INSERT INTO invoice_search (rowid, number, buyer, body) SELECT ?, ?, buyer, body FROM invoice_search WHERE rowid = ?");
  db.transaction(() => {
    for (let sequence = existing + 1; sequence <= TOTAL_INVOICES; sequence++) {
      const row = template[sequence % template.length] as Record<string, unknown>;
      const number = `F-2026-${String(sequence).padStart(6, '0')}`;
      const id = Number(insert.run({ ...row, sequence, number }).lastInsertRowid);
      const isPaid = sequence % 3 !== 0;
      balance.run(id, isPaid ? row.due_cents : 0, isPaid ? 0 : row.due_cents);
      index.run(id, number, row.id);
    }
  })();
}

async function measure(name: string, runs: number, fn: (i: number) => Promise<unknown>, target?: number): Promise<BenchResult[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await time(() => fn(i)));
  return [result(`${name} (médiane)`, percentile(samples, 50), 'ms'), result(`${name} (p99)`, percentile(samples, 99), 'ms', target)];
}

export async function run(): Promise<BenchResult[]> {
  // FACTURIER_BENCH_KEEP=1 keeps the 100 000-invoice folder and prints it, to study queries by hand.
  const dir = makeTempDir('facturier-bench-invoicing-');
  const keep = process.env.FACTURIER_BENCH_KEEP === '1';
  const core = createCore({ dataDir: dir.path, transport: 'browser', clock: fixedClock('2026-12-31T10:00:00Z') });
  try {
    const next = random(42);
    const customers = await seedCustomers(core);
    const issueTimes: number[] = [];
    for (let i = 0; i < ISSUED_THROUGH_THE_APP; i++) {
      const day = `2026-${String(1 + Math.floor((i / ISSUED_THROUGH_THE_APP) * 12)).padStart(2, '0')}-15`;
      const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draft(next, customers, day) }));
      issueTimes.push(await time(async () => valueOf(await core.invoke('invoices:issue', { id }))));
    }
    const fillStart = process.hrtime.bigint();
    fillUp(core);
    console.log(`  ${TOTAL_INVOICES} factures en base (${ISSUED_THROUGH_THE_APP} émises par l’application, le reste copié en SQL en ${(ms(fillStart) / 1000).toFixed(1)} s)`);
    core.db.pragma('optimize');

    const texts = ['mairie', 'angers', 'F-2026-0005', 'formation', 'ccas saumur', 'réparation', 'école', 'F-2026-09'];
    return [
      result(`émission d’une facture de 1 à 20 lignes, ${ISSUED_THROUGH_THE_APP} émissions (médiane)`, percentile(issueTimes, 50), 'ms'),
      result(`émission d’une facture de 1 à 20 lignes, ${ISSUED_THROUGH_THE_APP} émissions (p99)`, percentile(issueTimes, 99), 'ms'),
      ...(await measure('liste, 1re page de 50, toutes, triée par date, 100 000 factures', QUERY_RUNS, () => core.invoke('invoices:list', { limit: 50 }), 20)),
      ...(await measure('liste, 1re page de 50, impayées d’un client, 100 000 factures', QUERY_RUNS, (i) => core.invoke('invoices:list', { status: 'unpaid', customerId: customers[i % customers.length], limit: 50 }), 20)),
      ...(await measure('liste, 1re page de 50, période d’un mois, 100 000 factures', QUERY_RUNS, () => core.invoke('invoices:list', { from: '2026-06-01', to: '2026-06-30', limit: 50 }), 20)),
      ...(await measure('recherche plein texte, 1re page de 50, 100 000 factures', QUERY_RUNS, (i) => core.invoke('invoices:list', { text: texts[i % texts.length] as string, limit: 50 }), 50)),
    ];
  } finally {
    core.close();
    if (keep) console.log(`  données conservées : ${dir.path}`);
    else dir.remove();
  }
}
