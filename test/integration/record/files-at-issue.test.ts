import { describe, expect, it } from 'vitest';
import { renderDocuments } from '../../../main/services/documents/render-documents';
import { createInvoicingServices } from '../../../main/services/invoicing/create-invoicing-services';
import { createCompanyService } from '../../../main/services/company/company-service';
import { createCompanyRepository } from '../../../main/db/repositories/company-repository';
import { createJournalAnchor } from '../../../main/services/journal/journal-anchor';
import { createKeyFileCipher } from '../../../main/services/secrets/key-file-cipher';
import { createSecretStore } from '../../../main/services/secrets/secret-store';
import { fixedClock } from '../../../main/services/clock';
import { join } from 'node:path';
import { LEGACY_NUMBER, writeLegacyDatabase } from '../../support/legacy-database';
import { TEST_NOW, useTestCores } from '../../support/test-core';
import { draftFor, setUpSeller, valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('files are part of issuing', () => {
  it('are stored by the issuing transaction itself, with the logo of that moment', async () => {
    const core = cores.open();
    const { customerId } = await setUpSeller(core);
    valueOf(await core.invoke('company:setLogo', { base64: PNG_1PX }));
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    // The issuing service alone, as the handler calls it: when it returns, the files are there.
    const clock = fixedClock(TEST_NOW);
    const secrets = createSecretStore(join(core.dataDir, 'secrets.json'), createKeyFileCipher(join(core.dataDir, 'secrets.key')));
    const services = createInvoicingServices(core.db, createCompanyService(createCompanyRepository(core.db), clock), clock, createJournalAnchor(core.db, secrets, clock));
    services.issuing.issue(id);
    const stored = core.db.prepare('SELECT kind FROM invoice_files WHERE invoice_id = ? ORDER BY kind').pluck().all(id);
    expect(stored).toEqual(['cii', 'logo', 'pdf', 'portal_pdf', 'ubl']);
    const kinds = core.db.prepare("SELECT kind FROM journal WHERE entity = 'invoice' AND entity_id = ? ORDER BY seq").pluck().all(id);
    expect(kinds).toEqual(['invoice.draft.created', 'invoice.issued', 'invoice.files.generated']);

    valueOf(await core.invoke('company:setLogo', { base64: null }));
    const logo = core.db.prepare("SELECT bytes FROM invoice_files WHERE invoice_id = ? AND kind = 'logo'").pluck().get(id) as Buffer;
    expect(logo.length).toBeGreaterThan(0);
    expect(valueOf(await core.invoke('invoices:verifyFiles', { id }))).toMatchObject({ isIdentical: true, differing: [], method: 'regenerated' });
  });

  it('when they cannot be made, nothing is issued and the user is told why in French', async () => {
    const core = cores.open();
    const { customerId } = await setUpSeller(core);
    // A logo stored by an older version that only looked at the first bytes: a PNG signature, then junk.
    const junk = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('pas une image du tout '.repeat(8))]);
    core.db.prepare("UPDATE companies SET logo = ?, logo_type = 'image/png'").run(junk);
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    const result = await core.invoke('invoices:issue', { id });
    expect(result).toMatchObject({ ok: false, error: { code: 'documents_failed' } });
    expect(!result.ok && result.error.message).toMatch(/^Les fichiers de cette pièce .* le logo enregistré dans Réglages est abîmé .* Rien n’a été émis/);
    expect(valueOf(await core.invoke('invoices:get', { id }))).toMatchObject({ status: 'draft', number: null });
    expect(core.db.prepare('SELECT count(*) FROM number_sequences').pluck().get()).toBe(0);
    expect(core.db.prepare("SELECT count(*) FROM journal WHERE kind LIKE '%issued'").pluck().get()).toBe(0);
    expect(valueOf(await core.invoke('journal:verify', {})).isIntact).toBe(true);
  });

  it('are never made on request: a piece whose files are gone says so and the verification names it', async () => {
    const core = cores.open();
    const { customerId } = await setUpSeller(core);
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    valueOf(await core.invoke('invoices:issue', { id }));
    core.db.exec('DROP TRIGGER invoice_files_no_delete');
    core.db.prepare('DELETE FROM invoice_files WHERE invoice_id = ?').run(id);
    const files = await core.invoke('invoices:files', { id });
    expect(files).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/introuvables dans le registre/) } });
    expect(core.db.prepare('SELECT count(*) FROM invoice_files').pluck().get()).toBe(0);
    const findings = valueOf(await core.invoke('journal:verify', {})).findings;
    expect(findings).toContainEqual(expect.objectContaining({ piece: 'Fichier PDF de la facture F-2026-0001', message: 'Ce fichier a disparu du registre.' }));
  });
});

describe('the upgrade of a database whose invoices lack their files', () => {
  it('makes them once from the frozen document, without a later logo, journaled as such', async () => {
    const dataDir = cores.tempDir();
    const document = writeLegacyDatabase(dataDir);
    const core = cores.open({ dataDir });
    const files = valueOf(await core.invoke('invoices:files', { id: 1 }));
    expect(files.map((f) => f.fileName)).toEqual([`${LEGACY_NUMBER}.pdf`, `${LEGACY_NUMBER}.cii.xml`, `${LEGACY_NUMBER}.ubl.xml`]);
    const pdf = Buffer.from(valueOf(await core.invoke('invoices:file', { id: 1, kind: 'pdf' })).base64, 'base64');
    expect(pdf.equals(renderDocuments(document).pdf)).toBe(true);
    expect(core.db.prepare("SELECT count(*) FROM invoice_files WHERE kind = 'logo'").pluck().get()).toBe(0);
    const kinds = core.db.prepare('SELECT kind FROM journal ORDER BY seq').pluck().all();
    expect(kinds).toEqual(['customer.created', 'invoice.draft.created', 'invoice.issued', 'journal.anchored', 'invoice.files.backfilled']);
    expect(JSON.parse(core.db.prepare("SELECT payload FROM journal WHERE kind = 'invoice.files.backfilled'").pluck().get() as string)).toMatchObject({ reason: 'upgrade' });
    expect(valueOf(await core.invoke('journal:verify', {}))).toMatchObject({ isIntact: true, findings: [] });
    core.close();

    // Once: a second start makes nothing more.
    const again = cores.open({ dataDir });
    expect(again.db.prepare("SELECT count(*) FROM journal WHERE kind = 'invoice.files.backfilled'").pluck().get()).toBe(1);
    expect(again.db.prepare('SELECT count(*) FROM invoice_files_backfill').pluck().get()).toBe(0);
  });
});
