import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { CompanyProfile } from '@shared/company/company-profile';
import { documentKindLabel } from '@shared/invoicing/document-kinds';
import type { InvoiceTypeCode } from '@shared/invoicing/invoice-document';
import { APP_VERSION } from '../../app/app-version';
import type { ExportQueries, LedgerRow } from '../../db/repositories/export-queries';
import { FILE_SUFFIXES } from '../documents/file-names';
import { throwIfCancelled, type TaskContext } from '../tasks/task-runner';
import { ARCHIVE_FORMAT, MANIFEST_NAME, type ArchiveManifest } from './archive-manifest';
import { createArchiveNames } from './archive-names';
import { csvAmount, csvLine, csvText, CSV_BOM } from './csv';

const PAGE = 200;
/** Hand the thread back this often: a 10 000-invoice archive takes seconds, the window must not wait. */
const SLICE_MS = 20;

/**
 * Each kind in its folder: a facture d'acompte is numbered in the invoice series but is not a final invoice,
 * and an accountant looking for the down payments finds them together (the ledger says the kind as well).
 */
const FOLDERS: Record<InvoiceTypeCode, string> = { '380': 'factures', '381': 'avoirs', '386': 'factures-d-acompte' };

const LEDGER_HEADER = ['Numéro', 'Type', 'Date', 'Client', 'SIRET', 'HT', 'TVA', 'TTC', 'Payé', 'Statut d’envoi'];

/**
 * One ledger line. Credit notes count negative (they take back what an invoice said). The sending status
 * is « non envoyée » for every piece until the Chorus Pro outbox exists; then it will say what the outbox
 * knows (deposited, rejected, paid…).
 */
function ledgerLine(row: LedgerRow): string {
  const sign = row.typeCode === '381' ? -1 : 1;
  return csvLine([
    csvText(row.number),
    documentKindLabel(row.typeCode),
    row.issueDate,
    csvText(row.buyerName),
    csvText(row.buyerSiret ?? row.buyerSiren ?? ''),
    csvAmount(sign * row.netCents),
    csvAmount(sign * (row.totalCents - row.netCents)),
    csvAmount(sign * row.totalCents),
    row.typeCode === '381' ? '' : csvAmount(row.paidCents),
    'non envoyée',
  ]);
}

const README = (manifest: Pick<ArchiveManifest, 'createdAt' | 'company' | 'pieces' | 'chainHead'>) =>
  [
    `Archive des factures de ${manifest.company.name} (SIRET ${manifest.company.siret})`,
    `Faite par Facturier ${APP_VERSION} le ${manifest.createdAt}.`,
    '',
    `factures/, factures-d-acompte/ et avoirs/ : chaque pièce émise (${manifest.pieces}) en PDF Factur-X, en XML CII et en XML UBL, telles qu’émises.`,
    'registre.csv : une ligne par pièce (numéro, date, client, SIRET, HT, TVA, TTC, payé, statut d’envoi), à ouvrir dans un tableur.',
    `${MANIFEST_NAME} : l’empreinte SHA-256 de chaque fichier et la tête de chaîne du journal (${manifest.chainHead}).`,
    '',
    'Vérifier que rien n’a changé depuis l’export : facturier verify-archive <ce fichier .zip>',
    '',
  ].join('\r\n');

/** Waits until the file stream has room again (the ZIP never runs ahead of the disk), or has failed. */
function drained(out: WriteStream): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.once('drain', done);
    out.once('close', done);
  });
}

/**
 * The archive: a ZIP written as a stream (one invoice's files in memory at a time, the stream's pressure
 * respected), with every issued invoice and credit note's Factur-X PDF, CII and UBL as stored, the ledger,
 * a French read-me, and the manifest last (SHA-256 of every entry and the journal's chain head).
 * PDFs are stored as they are (already compressed), the rest deflated.
 */
export async function writeArchive(
  target: string,
  deps: { queries: ExportQueries; company: CompanyProfile; chainHead: string; now: Date },
  context: TaskContext,
): Promise<ArchiveManifest> {
  const out = createWriteStream(target, { mode: 0o600 });
  // A target that cannot be written (folder gone, USB key pulled, disk full) fails the task, never the process:
  // the error is kept and thrown by the loop below, and `finished` is only awaited at the end.
  let writeError: Error | null = null;
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', (error) => {
      writeError = error;
      reject(error);
    });
  });
  finished.catch(() => undefined);
  let zipError: Error | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) zipError = error;
    else out.write(chunk);
    if (final || error) out.end();
  });
  const mtime = deps.now;
  const entries: ArchiveManifest['files'] = [];
  const add = (path: string, bytes: Uint8Array, isCompressed: boolean) => {
    const file = isCompressed ? new ZipPassThrough(path) : new ZipDeflate(path, { level: 6 });
    file.mtime = mtime;
    zip.add(file);
    file.push(bytes, true);
    entries.push({ path, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  };

  try {
    const until = deps.now.toISOString();
    const total = deps.queries.countIssued(deps.company.id, until);
    const names = createArchiveNames();
    const ledger: string[] = [CSV_BOM + csvLine(LEDGER_HEADER)];
    let after = { issueDate: '', id: 0 };
    let done = 0;
    let sliceStart = performance.now();
    for (;;) {
      const page = deps.queries.ledgerPage(deps.company.id, until, after, PAGE);
      if (page.length === 0) break;
      for (const row of page) {
        throwIfCancelled(context.signal);
        if (writeError) throw writeError;
        // Every issued piece has its three files since it was issued (made in the issuing transaction).
        const files = deps.queries.filesOf(row.id);
        const stem = names.stemFor(FOLDERS[row.typeCode], row.number);
        for (const file of files) add(`${stem}${FILE_SUFFIXES[file.kind]}`, file.bytes, file.kind === 'pdf');
        ledger.push(ledgerLine(row));
        done += 1;
        if (performance.now() - sliceStart > SLICE_MS || out.writableNeedDrain) {
          context.progress(done, total, 'Écriture de l’archive…');
          await drained(out);
          await new Promise((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
      }
      const last = page[page.length - 1] as LedgerRow;
      after = { issueDate: last.issueDate, id: last.id };
    }
    add('registre.csv', Buffer.from(ledger.join(''), 'utf8'), false);
    const manifest: ArchiveManifest = {
      format: ARCHIVE_FORMAT,
      version: 1,
      createdAt: deps.now.toISOString(),
      appVersion: APP_VERSION,
      company: { name: deps.company.legalName, siret: deps.company.siret },
      chainHead: deps.chainHead,
      pieces: done,
      files: [],
    };
    add('LISEZ-MOI.txt', Buffer.from(README(manifest), 'utf8'), false);
    manifest.files = [...entries];
    const manifestFile = new ZipDeflate(MANIFEST_NAME, { level: 6 });
    manifestFile.mtime = mtime;
    zip.add(manifestFile);
    manifestFile.push(Buffer.from(JSON.stringify(manifest, null, 2), 'utf8'), true);
    zip.end();
    await finished;
    if (zipError) throw zipError;
    return manifest;
  } catch (error) {
    zip.terminate();
    out.destroy();
    throw error;
  }
}
