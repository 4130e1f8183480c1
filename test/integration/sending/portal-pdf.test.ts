import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderFacturXPdf } from '../../../main/services/documents/pdf/factur-x-pdf';
import { renderPortalPdf } from '../../../main/services/documents/pdf/portal-pdf';
import { draftFor, setUpSeller, valueOf } from '../../support/invoicing-setup';
import { creditNote, longInvoice, vatInvoice } from '../../support/pdf/pdf-fixtures';
import { extractText, listFonts, pdfInfo, run, runStatus, writePdf, xmpPacket } from '../../support/pdf/pdf-tools';
import { useTestCores } from '../../support/test-core';

/**
 * Issue 11: the plain PDF for a unit deposit on the Chorus Pro portal, made at issue with the other files,
 * is a PDF/A with nothing attached whose text puts each value the portal reads on its label's line.
 */
const cores = useTestCores();

/** The line of `pdftotext -layout` where `label` is followed (same line, only spaces and a colon between) by `value`. */
function lineWith(pages: readonly string[], label: string, value: string): string | undefined {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`${escape(label)}[\\s\\u00a0]*:[\\s\\u00a0]*${escape(value)}(\\s|$)`);
  return pages.join('\n').split('\n').find((line) => pattern.test(line));
}

async function issuedWithEngagement() {
  const core = cores.open();
  const { customerId } = await setUpSeller(core);
  const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId, { engagementNumber: 'EJ-2026-000417' }) }));
  valueOf(await core.invoke('invoices:issue', { id }));
  return { core, id, customerId };
}

describe('the plain PDF for the portal’s unit deposit', () => {
  it('is made and stored at issue, journaled with the other files, and offered by the guide', async () => {
    const { core, id, customerId } = await issuedWithEngagement();
    const kinds = core.db.prepare('SELECT kind FROM invoice_files WHERE invoice_id = ? ORDER BY kind').pluck().all(id);
    expect(kinds).toEqual(['cii', 'pdf', 'portal_pdf', 'ubl']);
    const payload = JSON.parse(core.db.prepare("SELECT payload FROM journal WHERE kind = 'invoice.files.generated' AND entity_id = ?").pluck().get(id) as string) as Record<string, string>;
    const stored = core.db.prepare("SELECT sha256 FROM invoice_files WHERE invoice_id = ? AND kind = 'portal_pdf'").pluck().get(id);
    expect(payload.portal_pdf).toBe(stored);

    const guide = valueOf(await core.invoke('sending:portalGuide', { invoiceId: id }));
    expect(guide).toMatchObject({ isUnitFileAvailable: true, unitFileName: 'F-2026-0001-portail.pdf', batchFileName: 'F-2026-0001.pdf' });
    const file = valueOf(await core.invoke('sending:portalFile', { invoiceId: id }));
    expect(file).toMatchObject({ fileName: 'F-2026-0001-portail.pdf', mimeType: 'application/pdf' });
    const bytes = Buffer.from(file.base64, 'base64');
    const facturX = Buffer.from(valueOf(await core.invoke('invoices:file', { id, kind: 'pdf' })).base64, 'base64');
    expect(bytes.equals(facturX)).toBe(false);

    // Made again from the frozen invoice, the same bytes; the record verifies with it.
    expect(valueOf(await core.invoke('invoices:verifyFiles', { id }))).toMatchObject({ isIdentical: true, differing: [], method: 'regenerated' });
    expect(valueOf(await core.invoke('journal:verify', {}))).toMatchObject({ isIntact: true, findings: [] });
    // A draft has none: it is not issued.
    const { id: draftId } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    expect(await core.invoke('sending:portalFile', { invoiceId: draftId })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('puts each value the portal reads on its label’s line (pdftotext -layout), identifiers as typed', async () => {
    const { core, id } = await issuedWithEngagement();
    const dir = cores.tempDir();
    const path = writePdf(dir, 'portail', Buffer.from(valueOf(await core.invoke('sending:portalFile', { invoiceId: id })).base64, 'base64'));
    const pages = extractText(path);
    const expected: Array<[string, string]> = [
      ['SIRET du destinataire', '21490021900012'],
      ['N° de facture', 'F-2026-0001'],
      ['Code service', 'FIN-01'],
      ['N° d’engagement', 'EJ-2026-000417'],
      ['Date de facture', '27/11/2026'],
      ['Montant TTC', '136,50'],
      ['Cadre de facturation', 'A1'],
    ];
    for (const [label, value] of expected) expect(lineWith(pages, label, value), `${label} : ${value}\n${pages[0]}`).toBeDefined();
    // The labels the portal looks for are there as such, each once in the deposit block.
    const block = pages[0]!.split('\n').slice(0, 8).join('\n');
    for (const label of ['SIRET', 'N° de facture', 'Code service', 'N° d’engagement']) expect(block).toContain(label);
  });

  it('passes the document checks: PDF/A-2b, fonts embedded, XMP parses and agrees with Info, nothing attached', async () => {
    const { core, id } = await issuedWithEngagement();
    const dir = cores.tempDir();
    const path = writePdf(dir, 'portail', Buffer.from(valueOf(await core.invoke('sending:portalFile', { invoiceId: id })).base64, 'base64'));
    const check = runStatus('qpdf', ['--check', path]);
    expect(check.status).toBe(0);
    expect(check.stderr).toBe('');
    const fonts = listFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.embedded, font.name).toBe(true);
    expect(run('pdfdetach', ['-list', path]).trim()).toBe('0 embedded files');

    const xmp = xmpPacket(path);
    expect(() => run('xmllint', ['--noout', '-'], xmp)).not.toThrow();
    const text = (xpath: string) => run('xmllint', ['--xpath', xpath, '-'], xmp).trim();
    expect(text('string(//*[local-name()="part" and namespace-uri()="http://www.aiim.org/pdfa/ns/id/"])')).toBe('2');
    expect(text('string(//*[local-name()="conformance"])')).toBe('B');
    // No Factur-X schema: this file is not a Factur-X, and must not pass for one.
    expect(xmp).not.toContain('urn:factur-x');
    const info = pdfInfo(path);
    expect(info.Title).toBe('Facture n°\u00a0F-2026-0001');
    expect(text('string(//*[local-name()="title"]//*[local-name()="li"])')).toBe(info.Title);
    expect(text('string(//*[local-name()="creator"]//*[local-name()="li"])')).toBe(info.Author);
    expect(text('string(//*[local-name()="description"]//*[local-name()="li"])')).toBe(info.Subject);
    expect(text('string(//*[local-name()="Producer"])')).toBe(info.Producer);
    expect(text('string(//*[local-name()="CreatorTool"])')).toBe(info.Creator);
    expect(text('string(//*[local-name()="CreateDate"])')).toBe(info.CreationDate);
    expect(text('string(//*[local-name()="ModifyDate"])')).toBe(info.ModDate);
    // An sRGB output intent, as PDF/A wants.
    const qdf = `${dir}/qdf.pdf`;
    run('qpdf', ['--qdf', '--object-streams=disable', path, qdf]);
    expect(readFileSync(qdf, 'latin1')).toContain('/OutputConditionIdentifier (sRGB IEC61966-2.1)');
  });

  it('says « N° de l’avoir » on a credit note, with the invoice it corrects; long invoices keep the block on page 1 only', () => {
    const dir = cores.tempDir();
    const note = extractText(writePdf(dir, 'avoir', renderPortalPdf(creditNote())));
    expect(lineWith(note, 'N° de l’avoir', creditNote().invoice.number!)).toBeDefined();
    expect(lineWith(note, 'N° de la facture d’origine', creditNote().invoice.precedingInvoice!.number)).toBeDefined();
    // The Factur-X of the same invoice is untouched by the deposit block.
    const doc = vatInvoice();
    const facturX = extractText(writePdf(dir, 'fx', renderFacturXPdf(doc, '<x/>')));
    expect(facturX.join('\n')).not.toContain('CHORUS PRO');
    expect(extractText(writePdf(dir, 'plain', renderPortalPdf(doc)))[0]).toContain('DONNÉES DU DÉPÔT SUR CHORUS PRO');
    const long = extractText(writePdf(dir, 'long', renderPortalPdf(longInvoice(80))));
    expect(long.length).toBeGreaterThan(1);
    expect(long.map((page) => page.includes('DONNÉES DU DÉPÔT SUR CHORUS PRO'))).toEqual(long.map((_, i) => i === 0));
    expect(long.at(-1)).toContain(`Page ${long.length} / ${long.length}`);
  });
});
