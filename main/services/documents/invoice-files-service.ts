import type { Database } from 'better-sqlite3';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { createInvoiceFileRepository, type InvoiceFileKind, type StoredFile } from '../../db/repositories/invoice-file-repository';
import { AppError } from '../../errors/app-error';
import type { CompanyService } from '../company/company-service';
import { sha256 } from '../journal/journal-hash';
import { fileStem, FILE_SUFFIXES } from './file-names';
import { produceFiles } from './issued-files';

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
export function createInvoiceFilesService(db: Database, company: CompanyService) {
  const files = createInvoiceFileRepository(db);
  const verified = new Set<number>();
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
     * Produces the files again from the frozen document and the logo stored with them, and says whether
     * every byte is the same. Stored files never change (triggers), so a success is remembered for the
     * process: the detail page asks on every visit and should not re-render the PDF each time.
     */
    verify(id: number): { isIdentical: boolean; differing: string[] } {
      if (verified.has(id)) return { isIdentical: true, differing: [] };
      const document = InvoiceDocument.parse(JSON.parse(issued(id).document));
      const found = stored(id);
      const logo = found.get('logo');
      const again = produceFiles(document, logo ? { bytes: logo.bytes, type: logo.mimeType as 'image/png' | 'image/jpeg' } : null);
      const differing = again
        .filter((file) => {
          const kept = found.get(file.kind);
          // Pieces issued before the portal's plain PDF existed (migration 0011) have none: nothing to compare.
          if (file.kind === 'logo' || (!kept && file.kind === 'portal_pdf')) return false;
          return !kept || sha256(kept.bytes) !== file.sha256;
        })
        .map((file) => file.kind);
      if (differing.length === 0) verified.add(id);
      return { isIdentical: differing.length === 0, differing };
    },
  };
}

export type InvoiceFilesService = ReturnType<typeof createInvoiceFilesService>;
