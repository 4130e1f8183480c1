import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { backupChainHead } from '../../../main/services/backup/chain-head';
import { BUILT_CLI, buildCliIfMissing } from '../../support/built-cli';
import { followTask, scriptedDesktop, shopWithHistory } from '../../support/backup-setup';
import { downloadOf, viaInvoke } from '../../support/export-setup';
import { draftFor, microEntrepreneur, valueOf } from '../../support/invoicing-setup';
import { useTestCores } from '../../support/test-core';

const cores = useTestCores();
/** UTF-8 text of an entry, its byte order mark kept (TextDecoder would drop it). */
const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString('utf8');
beforeAll(() => buildCliIfMissing(), 120_000);

/** `facturier verify-archive`, the built command as an installed app runs it. */
function verifyArchive(zip: string) {
  const run = spawnSync(process.execPath, [BUILT_CLI, 'verify-archive', zip], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A shop whose numbers hold "/" and whose second series collides with the first once made a file name. */
async function shopWithAwkwardNumbers() {
  const shop = cores.open();
  const { ids } = await shopWithHistory(shop);
  valueOf(await shop.invoke('company:save', { ...microEntrepreneur, invoiceNumberPattern: 'F/{YYYY}/{seq:0000}' }));
  const customerId = valueOf(await shop.invoke('invoices:get', { id: ids[0] as number })).customerId as number;
  for (const pattern of ['F/{YYYY}/{seq:0000}', 'F_{YYYY}_{seq:0000}']) {
    valueOf(await shop.invoke('company:save', { ...microEntrepreneur, invoiceNumberPattern: pattern }));
    const { id } = valueOf(await shop.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    valueOf(await shop.invoke('invoices:issue', { id }));
  }
  return shop;
}

describe('the archive of issued invoices', () => {
  it('holds every issued piece’s Factur-X PDF, CII and UBL as stored, the ledger and the manifest', async () => {
    const shop = await shopWithAwkwardNumbers();
    const archive = await downloadOf(shop, viaInvoke(shop, 'exports:archive', {}));
    expect(archive.fileName).toBe('Facturier-archive-2026-11-27.zip');
    expect(archive.message).toBe('Archive de 6 pièces faite, 20 fichiers avec leur empreinte.');
    const entries = unzipSync(archive.bytes);
    const names = Object.keys(entries).sort();
    expect(names).toEqual([
      'LISEZ-MOI.txt',
      'avoirs/A-2026-0001.cii.xml', 'avoirs/A-2026-0001.pdf', 'avoirs/A-2026-0001.ubl.xml',
      'factures/F-2026-0001.cii.xml', 'factures/F-2026-0001.pdf', 'factures/F-2026-0001.ubl.xml',
      'factures/F-2026-0002.cii.xml', 'factures/F-2026-0002.pdf', 'factures/F-2026-0002.ubl.xml',
      'factures/F-2026-0003.cii.xml', 'factures/F-2026-0003.pdf', 'factures/F-2026-0003.ubl.xml',
      'factures/F_2026_0001-2.cii.xml', 'factures/F_2026_0001-2.pdf', 'factures/F_2026_0001-2.ubl.xml',
      'factures/F_2026_0001.cii.xml', 'factures/F_2026_0001.pdf', 'factures/F_2026_0001.ubl.xml',
      'manifeste.json', 'registre.csv',
    ]);
    // Byte for byte what the app serves for the invoice.
    const first = valueOf(await shop.invoke('invoices:list', { limit: 50 })).rows.find((row) => row.number === 'F-2026-0001')!;
    const pdf = valueOf(await shop.invoke('invoices:file', { id: first.id, kind: 'pdf' }));
    expect(Buffer.from(entries['factures/F-2026-0001.pdf']!).equals(Buffer.from(pdf.base64, 'base64'))).toBe(true);

    const manifest = JSON.parse(text(entries['manifeste.json']!)) as { chainHead: string; pieces: number; files: Array<{ path: string }> };
    expect(manifest).toMatchObject({ format: 'facturier-archive', pieces: 6, chainHead: backupChainHead(shop.db), company: { name: 'Jean Dupont EI', siret: '73282932000074' } });
    expect(manifest.files.map((f) => f.path).sort()).toEqual(names.filter((n) => n !== 'manifeste.json'));

    const ledger = text(entries['registre.csv']!);
    expect(ledger.startsWith('\ufeffNuméro;Type;Date;Client;SIRET;HT;TVA;TTC;Payé;Statut d’envoi\r\n')).toBe(true);
    const lines = ledger.trim().split('\r\n').slice(1);
    expect(lines).toHaveLength(6);
    expect(lines).toContain('F-2026-0001;Facture;2026-11-27;Mairie de Beaufort-en-Anjou;21490021900012;136,50;0,00;136,50;50,00;non envoyée');
    expect(lines).toContain('F-2026-0002;Facture;2026-11-27;Mairie de Beaufort-en-Anjou;21490021900012;136,50;0,00;136,50;136,50;non envoyée');
    expect(lines).toContain('A-2026-0001;Avoir;2026-11-27;Mairie de Beaufort-en-Anjou;21490021900012;-136,50;0,00;-136,50;;non envoyée');
  });

  it('is verified by `facturier verify-archive`, and any change after export is named', async () => {
    const shop = await shopWithAwkwardNumbers();
    const dir = cores.tempDir();
    const zip = join(dir, 'archive.zip');
    copyFileSync((await downloadOf(shop, viaInvoke(shop, 'exports:archive', {}))).path, zip);

    const intact = verifyArchive(zip);
    expect(intact.stderr).toBe('');
    expect(intact.status).toBe(0);
    expect(intact.stdout).toContain('Archive intacte\u00a0: 20 fichiers vérifiés (6 pièces émises)');
    expect(intact.stdout).toContain(backupChainHead(shop.db));
    // Another ZIP reader agrees the file is sound.
    expect(spawnSync('unzip', ['-tq', zip], { encoding: 'utf8' }).status).toBe(0);

    const entries = unzipSync(readFileSync(zip));
    const pdf = Buffer.from(entries['factures/F-2026-0002.pdf']!);
    pdf[pdf.length - 20] = (pdf[pdf.length - 20] as number) ^ 1;
    const tampered = { ...entries, 'factures/F-2026-0002.pdf': new Uint8Array(pdf), 'factures/F-2026-0099.pdf': new Uint8Array([37, 80, 68, 70]) };
    delete (tampered as Record<string, Uint8Array>)['avoirs/A-2026-0001.ubl.xml'];
    const altered = join(dir, 'retouchee.zip');
    writeFileSync(altered, zipSync(tampered));
    const caught = verifyArchive(altered);
    expect(caught.status).toBe(1);
    expect(caught.stdout).toContain('Archive altérée ou incomplète (3 problèmes)');
    expect(caught.stdout).toContain('le fichier factures/F-2026-0002.pdf a été modifié');
    expect(caught.stdout).toContain('le fichier avoirs/A-2026-0001.ubl.xml manque');
    expect(caught.stdout).toContain('le fichier factures/F-2026-0099.pdf a été ajouté après l’export');

    const notZip = join(dir, 'pas-une-archive.zip');
    writeFileSync(notZip, 'bonjour');
    expect(verifyArchive(notZip)).toMatchObject({ status: 1 });
    expect(verifyArchive(join(dir, 'absente.zip'))).toMatchObject({ status: 2, stderr: expect.stringContaining('Fichier introuvable') });
  });

  it('refuses to pass an archive whose entries would escape a folder when extracted', async () => {
    const dir = cores.tempDir();
    const evil = join(dir, 'piegee.zip');
    writeFileSync(evil, zipSync({ '../../.bashrc': new Uint8Array([1]), 'manifeste.json': new TextEncoder().encode('{}') }));
    const run = verifyArchive(evil);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('nom de fichier dangereux dans l’archive\u00a0: «\u00a0../../.bashrc\u00a0»');
  });

  it('asks the desktop user where to save and writes the archive there', async () => {
    const target = join(cores.tempDir(), 'archive.zip');
    const shop = cores.open({ desktop: scriptedDesktop({ save: target }) });
    await shopWithHistory(shop);
    const tasks = followTask(shop);
    const answer = valueOf(await shop.invoke('exports:archive', {}));
    if (answer.status !== 'started') throw new Error('expected started');
    expect((await tasks.finished(answer.taskId)).file).toEqual({ status: 'saved', savedTo: target });
    expect(verifyArchive(target).status).toBe(0);
  });

  it('a place that cannot be written (a USB key pulled out): the task fails in French, the app goes on', async () => {
    const target = join(cores.tempDir(), 'cle-retiree', 'archive.zip');
    const shop = cores.open({ desktop: scriptedDesktop({ save: target }) });
    await shopWithHistory(shop);
    const tasks = followTask(shop);
    const answer = valueOf(await shop.invoke('exports:archive', {}));
    if (answer.status !== 'started') throw new Error('expected started');
    expect(await tasks.finished(answer.taskId)).toMatchObject({ state: 'failed' });
    expect(valueOf(await shop.invoke('journal:verify', {})).isIntact).toBe(true);
  });
});
