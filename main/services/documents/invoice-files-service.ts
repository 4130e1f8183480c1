import type { Database } from 'better-sqlite3';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { createJournalRepository } from '../../db/repositories/journal-repository';
import { createInvoiceFileRepository, type InvoiceFileKind, type StoredFile } from '../../db/repositories/invoice-file-repository';
import { AppError } from '../../errors/app-error';
import type { CompanyService } from '../company/company-service';
import { sha256 } from '../journal/journal-hash';
import { fileStem, FILE_SUFFIXES } from './file-names';
import { produceFiles } from './issued-files';
import { checkMethodFor, DOCUMENT_LAYOUT_VERSION, layoutVersionOf, type FilesCheckMethod } from './layout-version';

export interface FilesVerification {
  isIdentical: boolean;
  differing: string[];
  method: FilesCheckMethod;
  /** The layout version the journal recorded with the files; absent for files made before versions were recorded. */
  layoutVersion?: string;
}

/** The journal entries that record a piece's files and their hashes (issue-service.ts, backfill-files.ts). */
const FILES_ENTRIES = new Set(['invoice.files.generated', 'invoice.files.backfilled']);

export interface InvoiceFileInfo {
  kind: 'pdf' | 'cii' | 'ubl';
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

/**
 * The files of issued invoices, as issuing stored them (issue-service.ts; invoices issued before files
 * were part of issuing get theirs at the upgrade, backfill-files.ts). Never produced on request: a piece
 * without files is a finding of the verification, not something to paper over with today's logo.
 */
export function createInvoiceFilesService(db: Database, company: CompanyService, currentLayoutVersion = DOCUMENT_LAYOUT_VERSION) {
  const files = createInvoiceFileRepository(db);
  const journal = createJournalRepository(db);
  const verified = new Map<number, Pick<FilesVerification, 'method' | 'layoutVersion'>>();
  const issuedRow = db.prepare<[number, number], { number: string; document: string }>(
    "SELECT number, document FROM invoices WHERE id = ? AND company_id = ? AND status = 'issued'",
  );

  function issued(id: number): { number: string; document: string } {
    const profile = company.get();
    const row = profile ? issuedRow.get(id, profile.id) : undefined;
    if (!row) throw new AppError('not_found', 'Cette facture n’est pas émise : ses fichiers n’existent pas encore.');
    return row;
  }

  function stored(id: number): Map<InvoiceFileKind, StoredFile> {
    const found = files.forInvoice(id);
    if (!found.has('pdf') || !found.has('cii') || !found.has('ubl')) {
      throw new AppError('not_found', 'Les fichiers de cette pièce sont introuvables dans le registre. Lancez la vérification du registre dans Réglages pour savoir ce qui s’est passé.');
    }
    return found;
  }

  return {
    list(id: number): InvoiceFileInfo[] {
      const { number } = issued(id);
      const found = stored(id);
      return (['pdf', 'cii', 'ubl'] as const).map((kind) => {
        const file = found.get(kind) as StoredFile;
        return { kind, fileName: `${fileStem(number)}${FILE_SUFFIXES[kind]}`, mimeType: file.mimeType, size: file.bytes.length, sha256: file.sha256 };
      });
    },
    get(id: number, kind: 'pdf' | 'cii' | 'ubl'): { fileName: string; mimeType: string; bytes: Buffer } {
      const { number } = issued(id);
      const file = stored(id).get(kind) as StoredFile;
      return { fileName: `${fileStem(number)}${FILE_SUFFIXES[kind]}`, mimeType: file.mimeType, bytes: file.bytes };
    },
    /** The plain PDF for the portal's unit deposit, as issuing stored it; null for a piece issued before it existed. */
    portalPdf(id: number): { fileName: string; mimeType: string; bytes: Buffer } | null {
      const { number } = issued(id);
      const file = files.forInvoice(id).get('portal_pdf');
      return file ? { fileName: `${fileStem(number)}${FILE_SUFFIXES.portal_pdf}`, mimeType: file.mimeType, bytes: file.bytes } : null;
    },
    /**
     * Whether the stored files are those that were issued. Made by this layout version: produced again from
     * the frozen document and the logo stored with them, every byte compared. Made by another version (or
     * before versions were recorded): a later layout legitimately gives other bytes, so each stored file's
     * SHA-256 is compared with the one the journal recorded at issue. Stored files never change (triggers),
     * so a success is remembered for the process: the detail page asks on every visit.
     */
    verify(id: number): FilesVerification {
      const remembered = verified.get(id);
      if (remembered) return { isIdentical: true, differing: [], ...remembered };
      const { document } = issued(id);
      const found = stored(id);
      const recordedEntry = journal.forEntity('invoice', id).filter((row) => FILES_ENTRIES.has(row.kind)).at(-1);
      const recorded = recordedEntry ? (JSON.parse(recordedEntry.payload) as Record<string, unknown>) : {};
      const recordedVersion = layoutVersionOf(recorded);
      const method = checkMethodFor(recordedVersion, currentLayoutVersion);
      const differing =
        method === 'regenerated'
          ? regeneratedDiffering(InvoiceDocument.parse(JSON.parse(document)), found)
          : (['pdf', 'cii', 'ubl', 'portal_pdf'] as const).filter((kind) => {
              const file = found.get(kind);
              // The portal's plain PDF exists for pieces issued since migration 0011, and is recorded with them.
              if (kind === 'portal_pdf' && !file && recorded[kind] === undefined) return false;
              return !file || recorded[kind] !== sha256(file.bytes);
            });
      const outcome = { method, ...(recordedVersion ? { layoutVersion: recordedVersion } : {}) };
      if (differing.length === 0) verified.set(id, outcome);
      return { isIdentical: differing.length === 0, differing, ...outcome };
    },
  };
}

/** The kinds whose bytes were produced again and differ from the stored ones (the logo is an input, not an output). */
function regeneratedDiffering(document: InvoiceDocument, found: ReadonlyMap<InvoiceFileKind, StoredFile>): string[] {
  const logo = found.get('logo');
  const again = produceFiles(document, logo ? { bytes: logo.bytes, type: logo.mimeType as 'image/png' | 'image/jpeg' } : null);
  return again
    .filter((file) => {
      const kept = found.get(file.kind);
      // Pieces issued before the portal's plain PDF existed (migration 0011) have none: nothing to compare.
      if (file.kind === 'logo' || (!kept && file.kind === 'portal_pdf')) return false;
      return !kept || sha256(kept.bytes) !== file.sha256;
    })
    .map((file) => file.kind);
}

export type InvoiceFilesService = ReturnType<typeof createInvoiceFilesService>;
