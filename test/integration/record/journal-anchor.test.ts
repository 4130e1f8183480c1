import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { chainHead, holdsHead } from '../../../main/services/journal/chain-head';
import { canonicalJson } from '../../../main/services/journal/canonical-json';
import { eventHash, sha256 } from '../../../main/services/journal/journal-hash';
import { useTestCores } from '../../support/test-core';
import { draftFor, setUpSeller, valueOf } from '../../support/invoicing-setup';
import type { JournalRow } from '../../../main/db/repositories/journal-repository';

const cores = useTestCores();

async function withInvoices(count = 2): Promise<Core & { dataDir: string }> {
  const core = cores.open();
  const { customerId } = await setUpSeller(core);
  for (let i = 0; i < count; i++) {
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    valueOf(await core.invoke('invoices:issue', { id }));
  }
  return core;
}

type Row = JournalRow;

describe('the journal anchored with a key the database file does not hold', () => {
  it('chains every entry from the first start with HMAC-SHA256 under a key kept in the SecretStore', async () => {
    const core = await withInvoices(1);
    const rows = core.db.prepare('SELECT * FROM journal ORDER BY seq').all() as Row[];
    expect(rows[0]).toMatchObject({ seq: 1, kind: 'journal.anchored', entity: 'journal' });
    expect(JSON.parse(rows[0]?.payload ?? '{}')).toMatchObject({ reason: 'first-start', previousKeyId: null, previousSeq: 0 });
    // A bare SHA-256 chain, the one anyone can recompute, does not give these hashes.
    for (const row of rows) {
      const event = { at: row.at, kind: row.kind, entity: row.entity, entityId: row.entity_id, payload: JSON.parse(row.payload) as Record<string, unknown> };
      expect(eventHash(row.previous_hash, event)).not.toBe(row.hash);
    }
    const secrets = JSON.parse(readFileSync(join(core.dataDir, 'secrets.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(secrets)).toContain('journal.anchorKey');
    expect(core.db.prepare("SELECT count(*) FROM journal WHERE payload LIKE '%' || ? || '%'").pluck().get(secrets['journal.anchorKey'])).toBe(0);
  });

  it('names an invoice rewritten together with its hashes and the whole chain recomputed', async () => {
    const core = await withInvoices(2);
    core.db.exec('DROP TRIGGER invoices_no_update; DROP TRIGGER journal_no_update; DROP TRIGGER journal_append_at_head; DROP TRIGGER journal_head_update');
    // What someone with the file and the source code would do: change the price, then every hash after it.
    const doc = JSON.parse(core.db.prepare('SELECT document FROM invoices WHERE id = 1').pluck().get() as string) as { lines: Array<{ unitPrice: string }> };
    (doc.lines[0] as { unitPrice: string }).unitPrice = '4.55';
    const forged = sha256(canonicalJson(doc));
    core.db.prepare('UPDATE invoices SET document = ?, document_hash = ? WHERE id = 1').run(canonicalJson(doc), forged);
    const rows = core.db.prepare('SELECT * FROM journal ORDER BY seq').all() as Row[];
    let previous = rows[0]?.previous_hash as string;
    for (const row of rows) {
      const payload = JSON.parse(row.payload) as Record<string, unknown>;
      if (row.kind === 'invoice.issued' && row.entity_id === 1) payload.documentHash = forged;
      const hash = eventHash(previous, { at: row.at, kind: row.kind, entity: row.entity, entityId: row.entity_id, payload });
      core.db.prepare('UPDATE journal SET payload = ?, previous_hash = ?, hash = ? WHERE seq = ?').run(canonicalJson(payload), previous, hash, row.seq);
      previous = hash;
    }
    core.db.prepare('UPDATE journal_head SET hash = ?').run(previous);
    const result = valueOf(await core.invoke('journal:verify', {}));
    expect(result.isIntact).toBe(false);
    expect(result.findings).toContainEqual(expect.objectContaining({ piece: 'Journal, entrée n° 1', field: 'hash' }));
    expect(result.findings).toContainEqual(expect.objectContaining({ piece: 'Tête du journal', field: 'mac' }));
  });

  it('names the end of the journal cut off, even when nothing else points at it', async () => {
    const core = await withInvoices(1);
    const { customerId } = { customerId: 1 };
    valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    const head = chainHead(core.db);
    core.db.exec('DROP TRIGGER journal_no_delete');
    core.db.prepare('DELETE FROM journal WHERE seq = ?').run(head.seq); // the draft's creation: its row was deleted too
    core.db.prepare("DELETE FROM invoices WHERE status = 'draft'").run();
    const findings = valueOf(await core.invoke('journal:verify', {})).findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ piece: 'Tête du journal', field: 'seq', message: `La fin du journal a été supprimée : sa tête scellée désigne l’entrée n° ${head.seq}, le journal s’arrête à la n° ${head.seq - 1}.` }),
    );
    expect(holdsHead(core.db, head)).toBe(false);
  });

  it('re-anchors under a new key when the key is lost, journaled, and checks the older entries by their links', async () => {
    const first = await withInvoices(1);
    const { dataDir } = first;
    const before = chainHead(first.db);
    first.close();
    rmSync(join(dataDir, 'secrets.json'));
    const core = cores.open({ dataDir });
    const anchors = core.db.prepare("SELECT payload FROM journal WHERE kind = 'journal.anchored' ORDER BY seq").pluck().all() as string[];
    expect(anchors.map((p) => JSON.parse(p) as { reason: string })).toMatchObject([{ reason: 'first-start' }, { reason: 'key-missing', previousSeq: before.seq }]);
    expect(holdsHead(core.db, before)).toBe(true);
    const result = valueOf(await core.invoke('journal:verify', {}));
    expect(result.isIntact).toBe(true);
    expect(result.findings).toEqual([
      expect.objectContaining({ severity: 'warning', piece: 'Journal', message: expect.stringMatching(`^Les entrées n° 1 à ${before.seq} sont scellées par une clé que cet ordinateur n’a pas`) }),
    ]);
    expect(result.head).toMatchObject({ seq: before.seq + 1, keyId: expect.not.stringMatching(before.keyId ?? '') });
  });

  it('starts with an unreadable key and refuses to write, in French, until it can be had', async () => {
    const first = await withInvoices(0);
    const { dataDir } = first;
    first.close();
    writeFileSync(join(dataDir, 'secrets.json'), '{ pas du json');
    const core = cores.open({ dataDir });
    const result = await core.invoke('customers:create', { customer: { kind: 'private', legalName: 'Marie Curie', address: { line1: '1 rue', postcode: '75005', city: 'Paris', countryCode: 'FR' } } });
    expect(result).toMatchObject({ ok: false, error: { code: 'record_unsealed', message: expect.stringMatching(/^Le registre ne peut pas être scellé/) } });
    expect(valueOf(await core.invoke('journal:head', {}))).toEqual(chainHead(core.db));
  });
});
