import type { Database } from 'better-sqlite3';
import { documentKindLabel } from '@shared/invoicing/document-kinds';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { PORTAL_URLS, portalValues, type PortalGuide } from '@shared/sending/portal-guide';
import { createInvoiceRepository } from '../../db/repositories/invoice-repository';
import { AppError } from '../../errors/app-error';
import type { CompanyService } from '../company/company-service';
import { fileStem, FILE_SUFFIXES } from '../documents/file-names';
import type { InvoiceFilesService } from '../documents/invoice-files-service';

/**
 * What the guided deposit shows for one piece: the values the portal's form asks for, the file for each
 * portal mode, and the portal's address for the environment in use.
 */
export function createPortalGuideService(db: Database, company: CompanyService, files: InvoiceFilesService, environment: () => string) {
  const invoices = createInvoiceRepository(db);
  const portalUrl = () => (environment() === 'qualification' ? PORTAL_URLS.qualification : PORTAL_URLS.production);
  return {
    portalUrl,
    guide(invoiceId: number): PortalGuide {
      const profile = company.get();
      const row = profile ? invoices.get(profile.id, invoiceId) : null;
      if (!row || row.status !== 'issued' || row.number === null) throw new AppError('not_found', 'Cette pièce n’est pas émise : elle ne peut pas encore être déposée.');
      const document = InvoiceDocument.parse(JSON.parse(row.document));
      const stem = fileStem(row.number);
      return {
        invoiceId,
        number: row.number,
        typeCode: row.document_type_code,
        pieceLabel: documentKindLabel(row.document_type_code),
        values: portalValues(document),
        portalUrl: portalUrl(),
        unitFileName: `${stem}${FILE_SUFFIXES.portal_pdf}`,
        isUnitFileAvailable: files.portalPdf(invoiceId) !== null,
        batchFileName: `${stem}${FILE_SUFFIXES.pdf}`,
      };
    },
    /** The plain PDF for a unit deposit (« dépôt PDF »), stored at issue; the portal reads its text. */
    unitFile(invoiceId: number): { fileName: string; mimeType: string; base64: string } {
      const file = files.portalPdf(invoiceId);
      if (!file) throw new AppError('not_found', 'Cette pièce a été émise avant que Facturier prépare un PDF simple pour le portail : déposez-la en « dépôt de flux » avec son Factur-X.');
      return { fileName: file.fileName, mimeType: file.mimeType, base64: file.bytes.toString('base64') };
    },
  };
}

export type PortalGuideService = ReturnType<typeof createPortalGuideService>;
