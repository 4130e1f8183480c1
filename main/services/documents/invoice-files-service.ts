import type { Database } from 'better-sqlite3';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { createInvoiceFileRepository, type InvoiceFileKind, type StoredFile } from '../../db/repositories/invoice-file-repository';
import { AppError } from '../../errors/app-error';
import type { Clock } from '../clock';
import type { CompanyService } from '../company/company-service';
import { createJournal, sha256 } from '../journal/journal';
import { fileStem, FILE_SUFFIXES } from './file-names';
import { renderDocuments } from './render-documents';

const MIME = { pdf: 'application/pdf', cii: 'application/xml', ubl: 'application/xml' } as const;

export interface InvoiceFileInfo {
  kind: 'pdf' | 'cii' | 'ubl';
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
}

/**
 * The files of issued invoices: produced once from the frozen document (and the logo of that day), kept
 * immutable, their hashes chained into the journal. Regenerating them from the document gives the same
 * bytes, which `verify` checks.
 */
export function createInvoiceFilesService(db: Database, company: CompanyService, clock: Clock) {
  const files = createInvoiceFileRepository(db);
  const verified = new Set<number>();
  const journal = createJournal(db);
  const issuedRow = db.prepare<[number, number], { number: string; document: string }>(
    "SELECT number, document FROM invoices WHERE id = ? AND company_id = ? AND status = 'issued'",
  );

  function issued(id: number): { number: string; document: InvoiceDocument } {
    const profile = company.get();
    const row = profile ? issuedRow.get(id, profile.id) : undefined;
    if (!row) throw new AppError('not_found', 'Cette facture n’est pas émise : ses fichiers n’existent pas encore.');
    return { number: row.number, document: InvoiceDocument.parse(JSON.parse(row.document)) };
  }

  async function render(document: InvoiceDocument, logo: StoredFile | undefined): Promise<StoredFile[]> {
    const logoOption = logo ? { logo: { bytes: logo.bytes, type: logo.mimeType as 'image/png' | 'image/jpeg' } } : {};
    const rendered = await renderDocuments(document, logoOption);
    const cii = Buffer.from(rendered.cii, 'utf8');
    const ubl = Buffer.from(rendered.ubl, 'utf8');
    return [
      { kind: 'pdf', mimeType: MIME.pdf, bytes: rendered.pdf, sha256: sha256(rendered.pdf) },
      { kind: 'cii', mimeType: MIME.cii, bytes: cii, sha256: sha256(cii) },
      { kind: 'ubl', mimeType: MIME.ubl, bytes: ubl, sha256: sha256(ubl) },
    ];
  }

  async function ensure(id: number): Promise<Map<InvoiceFileKind, StoredFile>> {
    const existing = files.forInvoice(id);
    if (existing.has('pdf')) return existing;
    const { document } = issued(id);
    const currentLogo = company.getLogo();
    const logo: StoredFile | undefined = currentLogo ? { kind: 'logo', mimeType: currentLogo.type, bytes: currentLogo.bytes, sha256: sha256(currentLogo.bytes) } : undefined;
    const produced = [...(await render(document, logo)), ...(logo ? [logo] : [])];
    db.transaction(() => {
      if (files.forInvoice(id).has('pdf')) return; // produced meanwhile by another call: keep the first
      const now = clock.now().toISOString();
      for (const file of produced) files.insert(id, file, now);
      journal.append({
        at: now,
        kind: 'invoice.files.generated',
        entity: 'invoice',
        entityId: id,
        payload: Object.fromEntries(produced.map((file) => [file.kind, file.sha256])),
      });
    }).immediate();
    return files.forInvoice(id);
  }

  return {
    ensure,
    async list(id: number): Promise<InvoiceFileInfo[]> {
      const { number } = issued(id);
      const stored = await ensure(id);
      return (['pdf', 'cii', 'ubl'] as const).map((kind) => {
        const file = stored.get(kind) as StoredFile;
        return { kind, fileName: `${fileStem(number)}${FILE_SUFFIXES[kind]}`, mimeType: file.mimeType, size: file.bytes.length, sha256: file.sha256 };
      });
    },
    async get(id: number, kind: 'pdf' | 'cii' | 'ubl'): Promise<{ fileName: string; mimeType: string; bytes: Buffer }> {
      const { number } = issued(id);
      const file = (await ensure(id)).get(kind) as StoredFile;
      return { fileName: `${fileStem(number)}${FILE_SUFFIXES[kind]}`, mimeType: file.mimeType, bytes: file.bytes };
    },
    /**
     * Produces the files again from the frozen document and says whether every byte is the same. Stored
     * files never change (triggers), so a success is remembered for the process: the detail page asks on
     * every visit and should not re-render the PDF each time.
     */
    async verify(id: number): Promise<{ isIdentical: boolean; differing: string[] }> {
      if (verified.has(id)) return { isIdentical: true, differing: [] };
      const { document } = issued(id);
      const stored = await ensure(id);
      const again = await render(document, stored.get('logo'));
      const differing = again.filter((file) => stored.get(file.kind)?.sha256 !== file.sha256).map((file) => file.kind);
      if (differing.length === 0) verified.add(id);
      return { isIdentical: differing.length === 0, differing };
    },
  };
}

export type InvoiceFilesService = ReturnType<typeof createInvoiceFilesService>;
