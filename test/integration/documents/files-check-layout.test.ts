import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import type { Core } from '../../../main/app/create-core';
import { createCompanyRepository } from '../../../main/db/repositories/company-repository';
import { createCompanyService } from '../../../main/services/company/company-service';
import { createInvoiceFilesService } from '../../../main/services/documents/invoice-files-service';
import { DOCUMENT_LAYOUT_VERSION } from '../../../main/services/documents/layout-version';
import { renderDocuments } from '../../../main/services/documents/render-documents';
import { fixedClock } from '../../../main/services/clock';
import { readCorpus } from '../../support/corpus/corpus';
import { useTestCores } from '../../support/test-core';
import { draftFor, setUpSeller, valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();

async function issued(): Promise<{ core: Core; id: number }> {
  const core = cores.open();
  const { customerId } = await setUpSeller(core);
  const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
  valueOf(await core.invoke('invoices:issue', { id }));
  return { core, id };
}

/** The files service of the same database as a later version of Facturier, whose layout differs, sees it. */
function laterVersion(core: Core) {
  const company = createCompanyService(createCompanyRepository(core.db), fixedClock('2026-11-27T09:00:00Z'));
  return createInvoiceFilesService(core.db, company, `${DOCUMENT_LAYOUT_VERSION}+later`);
}

/** What a tampering disk or tool would do: the stored PDF replaced (the guard trigger dropped first). */
function replaceStoredPdf(core: Core, id: number): void {
  core.db.exec('DROP TRIGGER invoice_files_no_update');
  const bytes = core.db.prepare("SELECT bytes FROM invoice_files WHERE invoice_id = ? AND kind = 'pdf'").pluck().get(id) as Buffer;
  core.db.prepare("UPDATE invoice_files SET bytes = ? WHERE invoice_id = ? AND kind = 'pdf'").run(Buffer.concat([bytes, Buffer.from('\n')]), id);
}

describe('the « Conforme » check of an issued piece', () => {
  it('produces the files again and compares every byte when this layout version made them', async () => {
    const { core, id } = await issued();
    const payload = core.db.prepare("SELECT payload FROM journal WHERE kind = 'invoice.files.generated'").pluck().get() as string;
    expect(JSON.parse(payload)).toMatchObject({ layoutVersion: DOCUMENT_LAYOUT_VERSION });
    expect(valueOf(await core.invoke('invoices:verifyFiles', { id }))).toEqual({ isIdentical: true, differing: [], method: 'regenerated', layoutVersion: DOCUMENT_LAYOUT_VERSION });
    // The record verification still accepts the payload's extra key.
    expect(valueOf(await core.invoke('journal:verify', {})).findings).toEqual([]);
  });

  it('names a replaced PDF when the bytes are produced again', async () => {
    const { core, id } = await issued();
    replaceStoredPdf(core, id);
    expect(valueOf(await core.invoke('invoices:verifyFiles', { id }))).toMatchObject({ isIdentical: false, differing: ['pdf'], method: 'regenerated' });
  });

  it('checks the stored files against the journal’s hashes when another layout version made them', async () => {
    const { core, id } = await issued();
    const later = laterVersion(core);
    expect(later.verify(id)).toEqual({ isIdentical: true, differing: [], method: 'recorded-hashes', layoutVersion: DOCUMENT_LAYOUT_VERSION });
    replaceStoredPdf(core, id);
    // A new service: a success is remembered per process, and the stored bytes just changed behind its back.
    expect(laterVersion(core).verify(id)).toMatchObject({ isIdentical: false, differing: ['pdf'], method: 'recorded-hashes' });
  });

  it('checks the journal’s hashes for files made before versions were recorded', async () => {
    const { core, id } = await issued();
    // The entry as earlier versions wrote it: hashes only. Rewriting the payload breaks the chain, which the
    // record verification names; the check of the files only needs the hashes.
    core.db.exec('DROP TRIGGER IF EXISTS journal_no_update');
    const row = core.db.prepare("SELECT seq, payload FROM journal WHERE kind = 'invoice.files.generated' AND entity_id = ?").get(id) as { seq: number; payload: string };
    const { layoutVersion: _dropped, ...hashes } = JSON.parse(row.payload) as Record<string, string>;
    core.db.prepare('UPDATE journal SET payload = ? WHERE seq = ?').run(JSON.stringify(hashes), row.seq);
    expect(valueOf(await core.invoke('invoices:verifyFiles', { id }))).toEqual({ isIdentical: true, differing: [], method: 'recorded-hashes' });
  });
});

/**
 * Output of the current layout version for the committed corpus (test/fixtures/corpus): if a change alters a byte of the PDF, CII or
 * UBL, bump DOCUMENT_LAYOUT_VERSION (layout-version.ts) and record the new hashes here under the new version.
 * Without the bump, every invoice issued since the last one would fail its « Conforme » check.
 */
const OUTPUT_OF_VERSION: Record<string, { pdf: string; cii: string; ubl: string }> = {
  '2026.11-1': {
    pdf: 'c284e8657b8b83208af9669d2624667ffb72e1ec3a304cea9a0124023e116615',
    cii: '21e34123c4cbef0cb6fd198ffb6c1bc5ae11051161c8d0a26976293a43021802',
    ubl: '00ba03c910c84b9a1ed15a44fa2cfd1a1110c7278fd9d24c9be0057d70670dd6',
  },
  // Streams compressed at zlib level 3 (stream-compression.ts).
  '2026.12-1': {
    pdf: '13448f5b3923d4334fefae4e334c6e41879247f1401a3b7360247cebe1e8b913',
    cii: '21e34123c4cbef0cb6fd198ffb6c1bc5ae11051161c8d0a26976293a43021802',
    ubl: '00ba03c910c84b9a1ed15a44fa2cfd1a1110c7278fd9d24c9be0057d70670dd6',
  },
};

describe('the layout version', () => {
  it('changes whenever the files made from the corpus’s frozen documents change', { timeout: 60_000 }, () => {
    const digests = { pdf: createHash('sha256'), cii: createHash('sha256'), ubl: createHash('sha256') };
    for (const { text } of readCorpus()) {
      const rendered = renderDocuments(InvoiceDocument.parse(JSON.parse(text)));
      digests.pdf.update(rendered.pdf);
      digests.cii.update(rendered.cii);
      digests.ubl.update(rendered.ubl);
    }
    const output = { pdf: digests.pdf.digest('hex'), cii: digests.cii.digest('hex'), ubl: digests.ubl.digest('hex') };
    expect(output, `The files changed: bump DOCUMENT_LAYOUT_VERSION (now ${DOCUMENT_LAYOUT_VERSION}) and record these hashes under the new version.`).toEqual(OUTPUT_OF_VERSION[DOCUMENT_LAYOUT_VERSION]);
  });
});
