import { spawn, type ChildProcess } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../main/app/create-core';
import { databasePath } from '../../../main/db/open-database';
import { fixedClock } from '../../../main/services/clock';
import { bundleWorker, WORKER_ENV } from '../../support/bundle-worker';
import { campaignSize, reportCampaign } from '../../support/campaign';
import { setUpSeller, valueOf } from '../../support/invoicing-setup';
import { makeTempDir } from '../../support/temp-dir';
import { TEST_NOW } from '../../support/test-core';

const KILLS = campaignSize(1000, 50);
/** A fresh data folder every so many kills, so the checks after each restart stay quick. */
const KILLS_PER_FOLDER = 20;
/** A kill comes after 0 to this many issues, then at a random instant of the next one (whatever the machine's speed). */
const MAX_ISSUES_BEFORE_KILL = 4;

const dirs: Array<{ path: string; remove: () => void }> = [];
let workerFile: string;

beforeAll(async () => {
  const dir = makeTempDir('facturier-worker-');
  dirs.push(dir);
  workerFile = await bundleWorker('test/support/kill-worker.ts', dir.path);
}, 60_000);
afterAll(() => dirs.forEach((dir) => dir.remove()));

interface Worker {
  child: ChildProcess;
  exited: Promise<void>;
  loaded: Promise<void>;
  ready: Promise<void>;
  /** Resolves when the worker has said "issued" `count` times. */
  issued(count: number): Promise<void>;
}

/** Started ahead: it loads its modules while the previous one works, and waits for "go". */
function startWorker(dataDir: string, customerId: number): Worker {
  const child = spawn(process.execPath, [workerFile, dataDir, String(customerId)], { stdio: ['pipe', 'pipe', 'pipe'], env: WORKER_ENV });
  let output = '';
  const listeners = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    listeners.forEach((listener) => listener());
  });
  child.stderr?.resume();
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const when = (test: () => boolean) =>
    Promise.race([
      exited,
      new Promise<void>((done) => {
        const check = () => test() && (listeners.delete(check), done());
        listeners.add(check);
        check();
      }),
    ]);
  return {
    child,
    exited,
    loaded: when(() => output.includes('loaded\n')),
    ready: when(() => output.includes('ready\n')),
    issued: (count) => when(() => output.split('issued\n').length - 1 >= count),
  };
}

/** Workers started ahead of their turn. */
const PRESTARTED = 2;

const openCore = (dataDir: string): Core => createCore({ dataDir, transport: 'browser', clock: fixedClock(TEST_NOW) });

function issuedIn(dataDir: string): number {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM invoices WHERE status = 'issued'").pluck().get() as number;
  } finally {
    db.close();
  }
}

/** What must hold after any crash: a sound file, gapless numbers, every issued piece with its files and entries. */
async function problemsAfterRestart(dataDir: string): Promise<string[]> {
  const core = openCore(dataDir);
  try {
    const problems: string[] = [];
    const integrity = core.db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const sequences = core.db.prepare("SELECT sequence FROM invoices WHERE status = 'issued' ORDER BY sequence").pluck().all() as number[];
    if (sequences.some((sequence, index) => sequence !== index + 1)) problems.push(`numbering not 1..${sequences.length}: ${sequences.join(',')}`);
    const withoutFiles = core.db
      .prepare("SELECT number FROM invoices i WHERE status = 'issued' AND (SELECT count(*) FROM invoice_files f WHERE f.invoice_id = i.id AND kind IN ('pdf', 'cii', 'ubl')) <> 3")
      .pluck()
      .all();
    if (withoutFiles.length > 0) problems.push(`issued without files: ${withoutFiles.join(', ')}`);
    const withoutEntries = core.db
      .prepare(
        `SELECT number FROM invoices i WHERE status = 'issued' AND (
           NOT EXISTS (SELECT 1 FROM journal WHERE entity = 'invoice' AND entity_id = i.id AND kind = 'invoice.issued')
           OR NOT EXISTS (SELECT 1 FROM journal WHERE entity = 'invoice' AND entity_id = i.id AND kind = 'invoice.files.generated'))`,
      )
      .pluck()
      .all();
    if (withoutEntries.length > 0) problems.push(`issued without journal entries: ${withoutEntries.join(', ')}`);
    const verification = valueOf(await core.invoke('journal:verify', {}));
    if (!verification.isIntact || verification.findings.length > 0) problems.push(`verification: ${JSON.stringify(verification.findings.slice(0, 3))}`);
    return problems;
  } finally {
    core.close();
  }
}

describe('kill campaign: SIGKILL at random instants while issuing', () => {
  it(`leaves after each of ${KILLS} restarts a sound record: gapless numbers, files and entries for every issued piece`, async () => {
    const failures: string[] = [];
    let issued = 0;
    let killsWhileIssuing = 0;
    /** A running estimate of one issue's duration on this machine now. */
    let issueMs = 50;
    let folder = { path: '', customerId: 0 };
    const waiting: Worker[] = [];
    for (let kill = 0; kill < KILLS; kill++) {
      if (kill % KILLS_PER_FOLDER === 0) {
        waiting.splice(0).forEach((worker) => worker.child.kill('SIGKILL'));
        const dir = makeTempDir();
        dirs.push(dir);
        const core = openCore(dir.path);
        folder = { path: dir.path, customerId: (await setUpSeller(core)).customerId };
        core.close();
      }
      // Workers start ahead (loading takes longer than a kill), never past the folder they belong to.
      const inFolder = KILLS_PER_FOLDER - (kill % KILLS_PER_FOLDER);
      while (waiting.length < Math.min(PRESTARTED, inFolder, KILLS - kill)) waiting.push(startWorker(folder.path, folder.customerId));
      const current = waiting.shift() as Worker;
      await current.loaded;
      const before = issuedIn(folder.path);
      current.child.stdin?.write('go\n');
      // One kill in ten lands in the start (opening, migrating, anchoring); the others inside an issue.
      if (Math.random() < 0.1) await new Promise((wait) => setTimeout(wait, Math.random() * 30));
      else {
        await current.ready;
        const started = Date.now();
        const count = Math.floor(Math.random() * (MAX_ISSUES_BEFORE_KILL + 1));
        await current.issued(count);
        if (count > 0) issueMs = (issueMs + (Date.now() - started) / count) / 2;
        await new Promise((wait) => setTimeout(wait, Math.random() * issueMs));
      }
      current.child.kill('SIGKILL');
      await current.exited;
      const problems = await problemsAfterRestart(folder.path);
      if (problems.length > 0) failures.push(`kill ${kill + 1}: ${problems.join('; ')}`);
      const after = issuedIn(folder.path);
      issued += after - before;
      if (after > before) killsWhileIssuing += 1;
    }
    reportCampaign('SIGKILL pendant l’émission', 'kills', KILLS, failures.length);
    console.log(`campagne SIGKILL : ${issued} pièces émises entre les kills ; ${killsWhileIssuing} kills sur ${KILLS} après au moins une émission`);
    expect(failures).toEqual([]);
    expect(killsWhileIssuing).toBeGreaterThan(KILLS / 2);
  }, 3_600_000);
});
