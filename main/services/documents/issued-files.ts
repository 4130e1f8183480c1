import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import type { CompanyLogo } from '../../db/repositories/company-repository';
import type { StoredFile } from '../../db/repositories/invoice-file-repository';
import { AppError } from '../../errors/app-error';
import { checkLogo } from '../company/logo-image';
import { sha256 } from '../journal/journal-hash';
import { DOCUMENT_LAYOUT_VERSION } from './layout-version';
import { renderPortalPdf } from './pdf/portal-pdf';
import { renderDocuments } from './render-documents';

export const FILE_MIME = { pdf: 'application/pdf', cii: 'application/xml', ubl: 'application/xml', portal_pdf: 'application/pdf', logo: null } as const;

const stored = (kind: StoredFile['kind'], mimeType: string, bytes: Buffer): StoredFile => ({ kind, mimeType, bytes, sha256: sha256(bytes) });

function failed(reason: string): AppError {
  return new AppError('documents_failed', `Les fichiers de cette pièce (PDF Factur-X, CII, UBL) n’ont pas pu être produits : ${reason} Rien n’a été émis ; le brouillon est intact.`);
}

/**
 * The files of an issued piece, made synchronously from its frozen document: the Factur-X PDF, the CII,
 * the UBL, the plain PDF for a unit deposit on the Chorus Pro portal, and the logo printed on the PDF (kept with them, so the PDF can be made again byte for byte
 * whatever the logo becomes). Throws `documents_failed` with the French reason; issuing then rolls back.
 */
export function produceFiles(document: InvoiceDocument, logo: CompanyLogo | null): StoredFile[] {
  if (logo) {
    try {
      checkLogo(logo.bytes);
    } catch {
      throw failed('le logo enregistré dans Réglages est abîmé ou trop grand pour être imprimé. Remplacez-le ou retirez-le, puis émettez à nouveau.');
    }
  }
  let rendered: ReturnType<typeof renderDocuments> & { portalPdf: Buffer };
  try {
    const options = logo ? { logo: { bytes: logo.bytes, type: logo.type } } : {};
    rendered = { ...renderDocuments(document, options), portalPdf: renderPortalPdf(document, options) };
  } catch (error) {
    throw failed(error instanceof AppError ? error.message.replace(/\.?$/, '.') : 'une erreur est survenue en les composant.');
  }
  const files = [
    stored('pdf', FILE_MIME.pdf, rendered.pdf),
    stored('cii', FILE_MIME.cii, Buffer.from(rendered.cii, 'utf8')),
    stored('ubl', FILE_MIME.ubl, Buffer.from(rendered.ubl, 'utf8')),
    stored('portal_pdf', FILE_MIME.portal_pdf, rendered.portalPdf),
  ];
  return logo ? [...files, stored('logo', logo.type, logo.bytes)] : files;
}

/**
 * The journal payload of a set of files: each kind's SHA-256, and the layout version that made them (so the
 * « Conforme » check knows whether producing them again must give the same bytes, layout-version.ts).
 */
export function fileHashes(files: readonly StoredFile[]): Record<string, string> {
  return { ...Object.fromEntries(files.map((file) => [file.kind, file.sha256])), layoutVersion: DOCUMENT_LAYOUT_VERSION };
}
