import type { Database } from 'better-sqlite3';
import { zipSync } from 'fflate';
import { parisToday } from '@shared/dates/french-dates';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import type { BatchExport } from '@shared/sending/batch';
import type { SendingStage } from '@shared/sending/sending-stage';
import { createInvoiceRepository } from '../../db/repositories/invoice-repository';
import { AppError } from '../../errors/app-error';
import type { Clock } from '../clock';
import type { CompanyService } from '../company/company-service';
import { fileStem, FILE_SUFFIXES } from '../documents/file-names';
import type { InvoiceFilesService } from '../documents/invoice-files-service';
import type { SendingService } from './sending-service';

/** Chorus Pro's limits on a batch deposited on the portal (chorus-pro-api.md §2.1: 500 invoices per flux). */
export const MAX_BATCH_PIECES = 500;

const MOVABLE: ReadonlySet<SendingStage | 'unsent'> = new Set(['to_deposit', 'queued', 'cancelled', 'unsent']);

/**
 * A batch for the portal's « dépôt de flux » in Factur-X: one ZIP of the Factur-X files stored at issue
 * time (byte for byte), each named after its number (`F-2026-0001.pdf`), and the checklist of what it
 * holds. Every piece in it is then listed in « Envois » as to deposit by hand.
 */
export function createBatchExport(db: Database, company: CompanyService, files: InvoiceFilesService, sending: SendingService, clock: Clock) {
  const invoices = createInvoiceRepository(db);
  return async (invoiceIds: readonly number[]): Promise<BatchExport> => {
    const ids = [...new Set(invoiceIds)];
    if (ids.length === 0) throw new AppError('invalid_input', 'Choisissez au moins une pièce à mettre dans le lot.');
    if (ids.length > MAX_BATCH_PIECES) throw new AppError('invalid_input', `Un lot compte au plus ${MAX_BATCH_PIECES} pièces : faites-en plusieurs.`);
    const profile = company.get();
    if (!profile) throw AppError.of('company_missing');
    const entries: Record<string, Uint8Array> = {};
    const checklist: BatchExport['checklist'] = [];
    for (const id of ids) {
      const refusal = sending.get(id).cannotSendReason;
      const row = invoices.get(profile.id, id);
      if (refusal !== null || !row || row.number === null) throw new AppError('sending_not_possible', refusal ?? 'Cette pièce ne peut pas être déposée.');
      const file = await files.get(id, 'pdf');
      const fileName = `${fileStem(row.number)}${FILE_SUFFIXES.pdf}`;
      entries[fileName] = new Uint8Array(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
      const document = InvoiceDocument.parse(JSON.parse(row.document));
      checklist.push({ invoiceId: id, number: row.number, typeCode: row.document_type_code, buyerName: row.buyer_name, buyerSiret: document.buyer.siret ?? '', totalCents: row.total_cents, fileName, size: file.bytes.length });
    }
    // Each piece is to be deposited by hand now; one already at Chorus Pro refuses the whole batch, before any change.
    const pieces = ids.map((id) => sending.get(id).entry);
    const atChorus = pieces.find((entry) => entry !== null && !MOVABLE.has(entry.stage));
    if (atChorus) throw new AppError('sending_not_possible', `La pièce ${atChorus.number} est déjà déposée ou en cours de dépôt : retirez-la du lot.`);
    ids.forEach((id, i) => {
      if (pieces[i]?.stage !== 'to_deposit') sending.planPortal(id);
    });
    // PDFs are compressed already: stored, not deflated again, so the ZIP is made at once.
    const zip = zipSync(entries, { level: 0, mtime: new Date(`${parisToday(clock.now())}T12:00:00Z`) });
    return { fileName: `chorus-pro-lot-${parisToday(clock.now())}-${ids.length}.zip`, base64: Buffer.from(zip).toString('base64'), checklist };
  };
}
