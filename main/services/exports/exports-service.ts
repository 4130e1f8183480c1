import type { Database } from 'better-sqlite3';
import { parisToday } from '@shared/dates/french-dates';
import { declarationBounds, receiptOf, totalsOf, type ReceiptsBook, type Turnover } from '@shared/receipts/receipts-book';
import { createExportQueries } from '../../db/repositories/export-queries';
import { AppError } from '../../errors/app-error';
import { backupChainHead } from '../backup/chain-head';
import type { Clock } from '../clock';
import type { CompanyService } from '../company/company-service';
import type { DesktopActions } from '../desktop-actions';
import type { Launched } from '../tasks/launched';
import type { TaskRunner } from '../tasks/task-runner';
import { chooseDestination, deliverFile, type Delivered } from '../transfers/deliver-file';
import type { FileTransfers } from '../transfers/file-transfers';
import type { ArchiveManifest } from './archive-manifest';
import { writeArchive } from './archive-export';
import { writeReceiptsCsv, writeReceiptsPdf } from './receipts-book-files';

export interface ExportsDeps {
  db: Database;
  company: CompanyService;
  clock: Clock;
  tasks: TaskRunner;
  transfers: FileTransfers;
  desktop?: DesktopActions;
}

/**
 * What the accountant and the tax office ask for: the archive of every issued piece (ZIP), the receipts
 * book of a period (PDF or CSV) and the turnover to declare for a month or a quarter. Files are made as
 * tasks (progress, never holding the thread long) and go where the user chose or to a download.
 */
export function createExportsService(deps: ExportsDeps) {
  const queries = createExportQueries(deps.db);
  const requireCompany = () => {
    const company = deps.company.get();
    if (!company) throw AppError.of('company_missing');
    return company;
  };

  function receiptsBook(from: string, to: string): ReceiptsBook {
    const company = requireCompany();
    const receipts = queries.receipts(company.id, from, to).map(receiptOf);
    return { period: { from, to }, receipts, totals: totalsOf(receipts) };
  }

  async function launch<T>(
    title: string,
    fileName: string,
    extension: string,
    mimeType: string,
    task: { kind: string; label: string; done: (value: T) => string },
    produce: (path: string, context: Parameters<Parameters<TaskRunner['start']>[2]>[0]) => Promise<T>,
  ): Promise<Launched<Delivered>> {
    const destination = await chooseDestination(deps.desktop, { title, defaultName: fileName, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] });
    if (!destination) return { status: 'cancelled' };
    let value: T | undefined;
    const { taskId, result } = deps.tasks.start(
      task.kind,
      task.label,
      (context) =>
        deliverFile(
          destination,
          async (path) => {
            value = await produce(path, context);
          },
          { fileName, mimeType, workPath: deps.transfers.workPath(fileName), transfers: deps.transfers },
        ),
      { outcome: (file) => ({ file, message: task.done(value as T) }) },
    );
    return { status: 'started', taskId, result };
  }

  return {
    receiptsBook,

    turnover(period: string): Turnover {
      const company = requireCompany();
      const bounds = declarationBounds(period);
      const { totals } = receiptsBook(bounds.from, bounds.to);
      return {
        period,
        ...bounds,
        isVatFranchise: company.vatFranchise,
        totals,
        declaredCents: company.vatFranchise ? totals.receivedCents : totals.receivedExclVatCents,
        goodsCents: totals.goodsCents,
        servicesCents: totals.servicesCents,
        assumedServicesCents: totals.assumedServicesCents,
      };
    },

    /** The archive of every issued invoice and credit note, with the ledger and the manifest. */
    exportArchive(): Promise<Launched<Delivered>> {
      const company = requireCompany();
      const day = parisToday(deps.clock.now());
      return launch<ArchiveManifest>(
        'Enregistrer l’archive des factures',
        `Facturier-archive-${day}.zip`,
        'zip',
        'application/zip',
        { kind: 'archive-export', label: 'Archive des factures', done: (manifest) => `Archive de ${manifest.pieces} pièce${manifest.pieces > 1 ? 's' : ''} faite, ${manifest.files.length} fichier${manifest.files.length > 1 ? 's' : ''} avec leur empreinte.` },
        (path, context) =>
          writeArchive(path, { queries, company, chainHead: backupChainHead(deps.db), now: deps.clock.now() }, context),
      );
    },

    /** The receipts book of a period, as PDF or CSV. */
    exportReceiptsBook(from: string, to: string, format: 'pdf' | 'csv'): Promise<Launched<Delivered>> {
      const company = requireCompany();
      const book = receiptsBook(from, to);
      return launch<ReceiptsBook>(
        'Enregistrer le livre des recettes',
        `Livre-des-recettes-${from}-au-${to}.${format}`,
        format,
        format === 'pdf' ? 'application/pdf' : 'text/csv; charset=utf-8',
        { kind: 'receipts-export', label: 'Livre des recettes', done: (b) => `Livre des recettes : ${b.totals.count} encaissement${b.totals.count > 1 ? 's' : ''}.` },
        async (path, context) => {
          if (format === 'csv') writeReceiptsCsv(book, path);
          else await writeReceiptsPdf(book, company, path, context, deps.clock.now());
          return book;
        },
      );
    },
  };
}

export type ExportsService = ReturnType<typeof createExportsService>;
