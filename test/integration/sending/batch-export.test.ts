import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { detachFirst, run } from '../../support/pdf/pdf-tools';
import { useTestCores } from '../../support/test-core';
import { valueOf } from '../../support/invoicing-setup';
import { issuedPublicInvoices } from '../../support/sending-setup';
import { formatReport, validateFacturXXml, validationAvailable, warmUpValidators } from '../../support/validation';

const cores = useTestCores();

describe('the batch for the portal’s flux deposit', () => {
  beforeAll(() => (validationAvailable() ? warmUpValidators(['en16931-cii', 'facturx-en16931']) : undefined), 240_000);

  it('is a ZIP of the stored Factur-X files named after their numbers, with its checklist; each file passes the official validators', async () => {
    const core = cores.open();
    const { ids } = await issuedPublicInvoices(core, 2);
    const note = valueOf(await core.invoke('invoices:createCreditNote', { invoiceId: ids[0]! }));
    valueOf(await core.invoke('invoices:issue', { id: note.id }));
    const batch = valueOf(await core.invoke('sending:exportBatch', { invoiceIds: [...ids, note.id] }));
    expect(batch.fileName).toBe('chorus-pro-lot-2026-11-27-3.zip');
    expect(batch.checklist.map((l) => [l.number, l.fileName, l.buyerSiret, l.totalCents])).toEqual([
      ['F-2026-0001', 'F-2026-0001.pdf', '21490021900012', 13650],
      ['F-2026-0002', 'F-2026-0002.pdf', '21490021900012', 13650],
      ['A-2026-0001', 'A-2026-0001.pdf', '21490021900012', 13650],
    ]);

    const dir = cores.tempDir();
    const zipPath = join(dir, batch.fileName);
    writeFileSync(zipPath, Buffer.from(batch.base64, 'base64'));
    const out = join(dir, 'out');
    mkdirSync(out);
    run('unzip', ['-q', zipPath, '-d', out]);
    expect(readdirSync(out).sort()).toEqual(['A-2026-0001.pdf', 'F-2026-0001.pdf', 'F-2026-0002.pdf']);
    for (const [i, line] of batch.checklist.entries()) {
      const stored = Buffer.from(valueOf(await core.invoke('invoices:file', { id: line.invoiceId, kind: 'pdf' })).base64, 'base64');
      const unzipped = readFileSync(join(out, line.fileName));
      expect(unzipped.equals(stored), `${line.fileName} is the stored Factur-X, byte for byte`).toBe(true);
      const detachDir = join(dir, `xml-${i}`);
      mkdirSync(detachDir);
      const { content } = detachFirst(join(out, line.fileName), detachDir);
      if (validationAvailable()) {
        const report = await validateFacturXXml(content.toString('utf8'));
        expect(report.isValid, formatReport(report)).toBe(true);
      }
    }
    // Each piece is now to deposit by hand.
    expect(valueOf(await core.invoke('sending:list', { filter: 'to-send', channel: 'portal' })).total).toBe(3);
  }, 240_000);

  it('refuses, before changing anything, a batch with a piece already deposited', async () => {
    const core = cores.open();
    const { ids } = await issuedPublicInvoices(core, 2);
    valueOf(await core.invoke('sending:recordPortalDeposit', { invoiceId: ids[1]!, depositedOn: '2026-11-27', portalNumber: '' }));
    expect(await core.invoke('sending:exportBatch', { invoiceIds: ids })).toMatchObject({ ok: false, error: { code: 'sending_not_possible', message: expect.stringContaining('F-2026-0002') } });
    expect(valueOf(await core.invoke('sending:get', { invoiceId: ids[0]! })).entry).toBeNull();
  });
});
