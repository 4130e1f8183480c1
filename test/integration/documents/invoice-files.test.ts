import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { useTestCores } from '../../support/test-core';
import { draftFor, setUpSeller, valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function issued(): Promise<{ core: Core; id: number }> {
  const core = cores.open();
  const { customerId } = await setUpSeller(core);
  valueOf(await core.invoke('company:setLogo', { base64: PNG_1PX }));
  const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
  valueOf(await core.invoke('invoices:issue', { id }));
  return { core, id };
}

describe('the files of an issued invoice', () => {
  it('are produced at issue time, named after the number, their hashes in the journal', async () => {
    const { core, id } = await issued();
    const files = valueOf(await core.invoke('invoices:files', { id }));
    expect(files.map((f) => f.fileName)).toEqual(['F-2026-0001.pdf', 'F-2026-0001.cii.xml', 'F-2026-0001.ubl.xml']);
    const pdf = valueOf(await core.invoke('invoices:file', { id, kind: 'pdf' }));
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    const cii = Buffer.from(valueOf(await core.invoke('invoices:file', { id, kind: 'cii' })).base64, 'base64').toString('utf8');
    expect(cii).toContain('<ram:ID>F-2026-0001</ram:ID>');
    const event = valueOf(await core.invoke('invoices:get', { id })).journal.find((e) => e.kind === 'invoice.files.generated');
    expect(event).toBeDefined();
    const payload = core.db.prepare("SELECT payload FROM journal WHERE kind = 'invoice.files.generated'").pluck().get() as string;
    expect(JSON.parse(payload)).toMatchObject({ pdf: files[0]?.sha256, cii: files[1]?.sha256, ubl: files[2]?.sha256 });
  });

  it('regenerate byte for byte from the frozen invoice, even after the logo changed', async () => {
    const { core, id } = await issued();
    valueOf(await core.invoke('company:setLogo', { base64: null }));
    expect(valueOf(await core.invoke('invoices:verifyFiles', { id }))).toMatchObject({ isIdentical: true, differing: [], method: 'regenerated' });
  });

  it('can never be changed or removed, and exist only for issued invoices', async () => {
    const { core, id } = await issued();
    expect(() => core.db.prepare("UPDATE invoice_files SET bytes = x'00' WHERE invoice_id = ?").run(id)).toThrow(/ne peuvent pas être modifiés/);
    expect(() => core.db.prepare('DELETE FROM invoice_files WHERE invoice_id = ?').run(id)).toThrow(/ne peuvent pas être supprimés/);
    const { customerId } = { customerId: 1 };
    const draft = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    expect(await core.invoke('invoices:files', { id: draft.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('say in a browser that the page must download the PDF itself', async () => {
    const { core, id } = await issued();
    expect(valueOf(await core.invoke('invoices:openFile', { id, kind: 'pdf' }))).toEqual({ opened: false });
  });
});
