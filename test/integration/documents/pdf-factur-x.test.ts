import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFacturXPdf } from '../../../main/services/documents/pdf/factur-x-pdf';
import { franchiseInvoice } from '../../support/pdf/pdf-fixtures';
import { detachFirst, pdfInfo, run, runStatus, writePdf, xmpPacket } from '../../support/pdf/pdf-tools';
import { makeTempDir } from '../../support/temp-dir';

/** The Factur-X container: PDF/A-3b, factur-x.xml attached as Factur-X wants it, XMP and Info in agreement. */
const CII = readFileSync('/work/shared/design/examples/me-franchise.cii.xml', 'utf8');

let dir: ReturnType<typeof makeTempDir>;
let pdf: Buffer;
let path: string;

beforeAll(async () => {
  dir = makeTempDir('facturier-pdf-');
  pdf = await renderFacturXPdf(franchiseInvoice(), CII);
  path = writePdf(dir.path, 'franchise', pdf);
});
afterAll(() => dir.remove());

/** The PDF's objects uncompressed, to grep dictionaries (qpdf QDF mode). */
function qdf(): string {
  const out = `${dir.path}/qdf.pdf`;
  run('qpdf', ['--qdf', '--object-streams=disable', path, out]);
  return readFileSync(out, 'latin1');
}

describe('Factur-X PDF/A-3b container', () => {
  it('passes qpdf --check without a warning', () => {
    const result = runStatus('qpdf', ['--check', path]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('No syntax or stream encoding errors found');
    expect(result.stderr).toBe('');
  });

  it('embeds factur-x.xml byte for byte', () => {
    const { list, content } = detachFirst(path, dir.path);
    expect(list).toMatch(/^1 embedded files\n1: factur-x\.xml$/m);
    expect(content.equals(Buffer.from(CII, 'utf8'))).toBe(true);
  });

  it('declares the attachment as Factur-X requires (AF, AFRelationship, text/xml, dates)', () => {
    const objects = qdf();
    expect(objects).toMatch(/\/AF \[\s*\d+ 0 R\s*\]/);
    expect(objects).toContain('/AFRelationship /Alternative');
    expect(objects).toMatch(/\/Subtype \/text#2[fF]xml/);
    expect(objects).toMatch(/\/F \(factur-x\.xml\)/);
    expect(objects).toMatch(/\/UF \(factur-x\.xml\)/);
    expect(objects).toMatch(/\/ModDate \(D:20261127000000Z\)/);
    expect(objects).toMatch(/\/EmbeddedFiles/);
  });

  it('has an sRGB OutputIntent with a 3-component ICC profile', () => {
    const objects = qdf();
    expect(objects).toContain('/S /GTS_PDFA1');
    expect(objects).toContain('/OutputConditionIdentifier (sRGB IEC61966-2.1)');
    expect(objects).toMatch(/\/DestOutputProfile \d+ 0 R/);
    expect(objects).toMatch(/\/N 3/);
  });

  it('has a well-formed XMP packet with PDF/A-3B and the Factur-X extension schema', () => {
    const xmp = xmpPacket(path);
    expect(() => run('xmllint', ['--noout', '-'], xmp)).not.toThrow();
    const text = (xpath: string) => run('xmllint', ['--xpath', xpath, '-'], xmp).trim();
    expect(text('string(//*[local-name()="part" and namespace-uri()="http://www.aiim.org/pdfa/ns/id/"])')).toBe('3');
    expect(text('string(//*[local-name()="conformance"])')).toBe('B');
    const fx = 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#';
    expect(text(`string(//*[local-name()="DocumentType" and namespace-uri()="${fx}"])`)).toBe('INVOICE');
    expect(text(`string(//*[local-name()="DocumentFileName" and namespace-uri()="${fx}"])`)).toBe('factur-x.xml');
    expect(text(`string(//*[local-name()="Version" and namespace-uri()="${fx}"])`)).toBe('1.0');
    expect(text(`string(//*[local-name()="ConformanceLevel" and namespace-uri()="${fx}"])`)).toBe('EN 16931');
    expect(text('string(//*[local-name()="namespaceURI"])')).toBe(fx);
    expect(text('string(//*[local-name()="prefix"])')).toBe('fx');
    expect(text('count(//*[local-name()="property"]//*[local-name()="name"])')).toBe('4');
  });

  it('keeps the Info dictionary and the XMP in agreement (title, author, producer, dates)', () => {
    const info = pdfInfo(path);
    const xmp = xmpPacket(path);
    const text = (xpath: string) => run('xmllint', ['--xpath', xpath, '-'], xmp).trim();
    expect(info.Title).toBe('Facture n°\u00a0F-2026-0001');
    expect(text('string(//*[local-name()="title"]//*[local-name()="li"])')).toBe(info.Title);
    expect(text('string(//*[local-name()="creator"]//*[local-name()="li"])')).toBe(info.Author);
    expect(text('string(//*[local-name()="Producer"])')).toBe(info.Producer);
    expect(text('string(//*[local-name()="CreatorTool"])')).toBe(info.Creator);
    expect(info.CreationDate).toBe('2026-11-27T00:00:00Z');
    expect(info.ModDate).toBe('2026-11-27T00:00:00Z');
    expect(text('string(//*[local-name()="CreateDate"])')).toBe(info.CreationDate);
    expect(text('string(//*[local-name()="ModifyDate"])')).toBe(info.ModDate);
  });

  it('escapes XML-special characters in the XMP (names with & < > " \')', async () => {
    const doc = franchiseInvoice();
    doc.seller.legalName = 'Dupont & Fils <"conseil"> l\'atelier EI';
    doc.buyer.legalName = 'Ville & Co';
    const special = writePdf(dir.path, 'special', await renderFacturXPdf(doc, CII));
    const xmp = xmpPacket(special);
    expect(() => run('xmllint', ['--noout', '-'], xmp)).not.toThrow();
    const author = run('xmllint', ['--xpath', 'string(//*[local-name()="creator"]//*[local-name()="li"])', '-'], xmp).trim();
    expect(author).toBe(doc.seller.legalName);
    expect(pdfInfo(special).Author).toBe(doc.seller.legalName);
  });

  it('gives byte-identical PDFs for the same invoice, and a different file ID for another number', async () => {
    const again = await renderFacturXPdf(franchiseInvoice(), CII);
    expect(again.equals(pdf)).toBe(true);
    const other = franchiseInvoice();
    other.invoice.number = 'F-2026-0002';
    const otherPdf = (await renderFacturXPdf(other, CII)).toString('latin1');
    const id = (bytes: string) => /\/ID \[<([0-9a-f]+)>/.exec(bytes)?.[1];
    expect(id(otherPdf)).toBeDefined();
    expect(id(otherPdf)).not.toBe(id(pdf.toString('latin1')));
  });
});
