import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { fixedClock } from '../../../main/services/clock';
import { createCompanyRepository } from '../../../main/db/repositories/company-repository';
import { createCompanyService } from '../../../main/services/company/company-service';
import { createInvoicingContext } from '../../../main/services/invoicing/invoicing-context';
import { createIssueService } from '../../../main/services/invoicing/issue-service';
import { useTestCores } from '../../support/test-core';
import { draftFor, setUpSeller, valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();
const clock = fixedClock('2026-11-27T10:00:00Z');

function openCore(): { core: Core; dataDir: string } {
  const core = cores.open({ clock });
  return { core, dataDir: core.dataDir };
}

async function withHistory(): Promise<Core> {
  const { core } = openCore();
  const { customerId } = await setUpSeller(core);
  for (let i = 0; i < 3; i++) {
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    valueOf(await core.invoke('invoices:issue', { id }));
  }
  valueOf(await core.invoke('payments:record', { invoiceId: 1, paidOn: '2026-11-27', amountCents: 1000, mode: 'cash' }));
  return core;
}

describe('the audit journal', () => {
  it('verifies an untouched history', async () => {
    const core = await withHistory();
    const result = valueOf(await core.invoke('journal:verify', {}));
    // anchor, customer, 3 × (draft, issue, files), payment
    expect(result).toMatchObject({ isIntact: true, checkedEvents: 12, findings: [] });
    expect(result.head).toEqual(valueOf(await core.invoke('journal:head', {})));
    expect(result.head.seq).toBe(12);
  });

  it('detects an issued invoice changed directly in SQL (triggers dropped), naming it', async () => {
    const core = await withHistory();
    core.db.exec('DROP TRIGGER invoices_no_update');
    core.db.prepare("UPDATE invoices SET document = json_set(document, '$.lines[0].unitPrice', '4.55') WHERE number = 'F-2026-0002'").run();
    const result = valueOf(await core.invoke('journal:verify', {}));
    expect(result.isIntact).toBe(false);
    expect(result.findings).toContainEqual(expect.objectContaining({ piece: 'Facture F-2026-0002', field: 'document', message: 'Le document figé de cette pièce a été modifié après son émission.' }));
  });

  it('detects a journal entry rewritten or removed, naming the broken link', async () => {
    const core = await withHistory();
    core.db.exec('DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete');
    core.db.prepare(`UPDATE journal SET payload = json_set(payload, '$.totalCents', 1) WHERE seq = 4`).run();
    expect(valueOf(await core.invoke('journal:verify', {})).findings).toContainEqual(
      expect.objectContaining({ piece: 'Journal, entrée n° 4', field: 'hash', seq: 4 }),
    );

    const other = await withHistory();
    other.db.exec('DROP TRIGGER journal_no_delete');
    other.db.prepare('DELETE FROM journal WHERE seq = 3').run();
    expect(valueOf(await other.invoke('journal:verify', {})).findings).toContainEqual(
      expect.objectContaining({ piece: 'Journal, entrée n° 4', field: 'seq', message: 'Les entrées n° 3 à 3 du journal ont été supprimées.' }),
    );
  });

  it('detects an invoice file replaced behind its back', async () => {
    const core = await withHistory();
    core.db.exec('DROP TRIGGER invoice_files_no_update');
    core.db.prepare("UPDATE invoice_files SET bytes = x'00', sha256 = 'faux' WHERE invoice_id = 2 AND kind = 'pdf'").run();
    const findings = valueOf(await core.invoke('journal:verify', {})).findings;
    expect(findings).toContainEqual(expect.objectContaining({ piece: 'Fichier PDF de la facture F-2026-0002', field: 'bytes' }));
    expect(findings).toContainEqual(expect.objectContaining({ piece: 'Fichier PDF de la facture F-2026-0002', field: 'sha256' }));
  });

  it('detects a payment changed behind its back', async () => {
    const core = await withHistory();
    core.db.exec('DROP TRIGGER payments_no_update');
    core.db.prepare('UPDATE payments SET amount_cents = 100').run();
    expect(valueOf(await core.invoke('journal:verify', {})).findings).toContainEqual(
      expect.objectContaining({ piece: 'Paiement n° 1 de la facture F-2026-0001', field: 'amount_cents' }),
    );
  });
});

describe('gapless numbering', () => {
  it('gives the number back when issuing crashes half-way: the draft stays a draft', async () => {
    const { core } = openCore();
    const { customerId } = await setUpSeller(core);
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    const noJournal = () => {
      throw new Error('this crash comes before any journal entry');
    };
    const context = createInvoicingContext(core.db, createCompanyService(createCompanyRepository(core.db), clock), clock, noJournal);
    const crashing = createIssueService(context, { afterNumbering: () => { throw new Error('coupure de courant'); } });
    expect(() => crashing.issue(id)).toThrow('coupure de courant');
    expect(valueOf(await core.invoke('invoices:get', { id }))).toMatchObject({ status: 'draft', number: null });
    expect(core.db.prepare('SELECT count(*) FROM number_sequences').pluck().get()).toBe(0);
    expect(valueOf(await core.invoke('invoices:issue', { id })).number).toBe('F-2026-0001');
  });

  it('never gives one number twice nor skips one, with two processes issuing at once', async () => {
    const { core, dataDir } = openCore();
    const { customerId } = await setUpSeller(core);
    const perWorker = 40;
    const worker = resolve(__dirname, '../../support/issue-worker.ts');
    const runWorker = (name: string) =>
      new Promise<string>((done, fail) => {
        const child = spawn(process.execPath, ['--import', 'tsx', worker, dataDir, String(customerId), String(perWorker), name], { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.on('exit', (code) => (code === 0 ? done(output) : fail(new Error(`${name} exited ${code}: ${output}`))));
      });
    await Promise.all([runWorker('A'), runWorker('B')]);
    const numbers = core.db.prepare("SELECT number FROM invoices WHERE status = 'issued' ORDER BY sequence").pluck().all() as string[];
    const expected = Array.from({ length: perWorker * 2 }, (_, i) => `F-2026-${String(i + 1).padStart(4, '0')}`);
    expect(numbers).toEqual(expected);
    expect(valueOf(await core.invoke('journal:verify', {}))).toMatchObject({ isIntact: true });
  }, 120_000);
});
