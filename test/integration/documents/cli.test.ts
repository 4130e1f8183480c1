import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_CLI, buildCliIfMissing } from '../../support/built-cli';
import { serializeCii, serializeUbl } from '../../../main/services/documents/xml';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { CORPUS_DIR } from '../../support/corpus/corpus';

const work = mkdtempSync(join(tmpdir(), 'facturier-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// npm test builds it first; run alone, this file builds the command itself.
beforeAll(() => buildCliIfMissing(), 120_000);

/** The real command, as an installed `facturier` runs it: node + the built out/cli/facturier.js (npm test builds it first). */
function facturier(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BUILT_CLI, ...args], { cwd: work, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const corpusFile = (name: string) => join(CORPUS_DIR, `${name}.json`);
const writeJson = (name: string, value: unknown) => {
  const path = join(work, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

describe('facturier command line', () => {
  it('render writes <number>.pdf (Factur-X), <number>.cii.xml and <number>.ubl.xml', () => {
    const out = join(work, 'out');
    const run = facturier('render', corpusFile('me-franchise-mairie'), '--out', out, '--today', '2025-03-20');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const doc = InvoiceDocument.parse(JSON.parse(readFileSync(corpusFile('me-franchise-mairie'), 'utf8')));
    expect(readFileSync(join(out, 'F2025-0001.cii.xml'), 'utf8')).toBe(serializeCii(doc));
    expect(readFileSync(join(out, 'F2025-0001.ubl.xml'), 'utf8')).toBe(serializeUbl(doc));
    const pdf = readFileSync(join(out, 'F2025-0001.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.includes('factur-x.xml')).toBe(true);
  });

  it('render names the files safely when the number holds a "/"', () => {
    const out = join(work, 'out-slash');
    expect(facturier('render', corpusFile('me-franchise-numero-avec-barre'), '--out', out, '--today', '2025-03-20').status).toBe(0);
    expect(existsSync(join(out, 'F_2025_0029.cii.xml'))).toBe(true);
  });

  it('render refuses a document with error-level findings and writes nothing (exit 1)', () => {
    const out = join(work, 'out-refused');
    const run = facturier('render', corpusFile('me-franchise-mairie'), '--out', out, '--today', '2025-01-01');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('est dans le futur');
    expect(existsSync(out)).toBe(false);
  });

  it('check prints the findings in French and exits 0 when nothing blocks', () => {
    const run = facturier('check', corpusFile('sarl-tva-taux-mixtes'), '--today', '2025-03-20');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('Facture FA-2025-102\u00a0: aucun problème, elle peut être émise.\n');
    // A credit note is « un avoir »: the sentence agrees with it.
    const creditNote = facturier('check', corpusFile('sarl-tva-avoir-total'), '--today', '2025-12-31');
    expect(creditNote.stdout).toMatch(/^Avoir [^\n]+\u00a0: aucun problème, il peut être émis\.\n$/);
  });

  it('check exits 1 on an error-level finding, and --json gives the findings as data', () => {
    const doc = JSON.parse(readFileSync(corpusFile('me-franchise-mairie'), 'utf8')) as InvoiceDocument;
    delete doc.invoice.serviceCode;
    const file = writeJson('sans-code-service.json', doc);
    const text = facturier('check', file, '--today', '2025-03-20');
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('Erreur — invoice.serviceCode\u00a0: «\u00a0Commune de Nantes\u00a0» exige un code service');
    const json = facturier('check', file, '--json', '--today', '2025-03-20');
    expect(json.status).toBe(1);
    const report = JSON.parse(json.stdout) as { number: string; canIssue: boolean; findings: Array<{ code: string; severity: string; field: string }> };
    expect(report).toMatchObject({ number: 'F2025-0001', canIssue: false });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'chorus-service-code-missing', severity: 'error', field: 'invoice.serviceCode' }));
  });

  it('bad input exits 2 with a French message naming the field', () => {
    const doc = JSON.parse(readFileSync(corpusFile('sarl-tva-taux-mixtes'), 'utf8')) as { lines: Array<{ quantity: unknown }> };
    (doc.lines[2] as { quantity: unknown }).quantity = 'douze';
    const schema = facturier('check', writeJson('quantite.json', doc));
    expect(schema.status).toBe(2);
    expect(schema.stderr).toContain('lines.2.quantity\u00a0: La quantité doit être un nombre');

    const badJson = facturier('check', writeJson('casse.json', '{ "seller": '));
    expect(badJson.status).toBe(2);
    expect(badJson.stderr).toMatch(/n’est pas un fichier JSON valide/);

    const missing = facturier('render', join(work, 'absente.json'), '--out', work);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Impossible de lire «\u00a0.*absente\.json\u00a0»\u00a0: ce fichier n’existe pas\./);

    const usage = facturier('envoyer', corpusFile('me-franchise-mairie'));
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Commande inconnue');
  });

  it('render refuses a draft without a number (exit 2)', () => {
    const doc = JSON.parse(readFileSync(corpusFile('me-franchise-mairie'), 'utf8')) as InvoiceDocument;
    delete doc.invoice.number;
    const run = facturier('render', writeJson('brouillon.json', doc), '--out', join(work, 'out-draft'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('n’a pas de numéro\u00a0: émettez la facture');
  });
});
