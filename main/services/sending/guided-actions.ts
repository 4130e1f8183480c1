import type { SendingEntry } from '@shared/sending/sending-views';
import type { SendingListRow } from '../../db/repositories/sending-repository';
import { AppError } from '../../errors/app-error';
import { toEntry } from './sending-mapper';
import type { SendingStore } from './sending-store';
import type { ActionChorus, ChorusAccess } from './sender/sender-port';

const MIME_BY_EXTENSION: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', xml: 'application/xml', zip: 'application/zip', txt: 'text/plain', csv: 'text/csv' };

/**
 * The actions a status asks for, done through the API when Facturier follows the piece there (deposited by
 * the API, or deposited by hand and matched since): complete a suspended piece, re-route one to recycle.
 * On the portal path the user does it on the portal and records the status by hand. Each action is
 * journaled; the sender then reads the status that follows.
 */
export function createGuidedActions(store: SendingStore, access: () => Promise<ChorusAccess>, buyerSiretOf: (invoiceId: number) => string) {
  async function followed(invoiceId: number, status: string): Promise<{ row: SendingListRow; chorus: ActionChorus; chorusInvoiceId: number }> {
    const row = store.sendings.get(invoiceId);
    if (!row || row.chorus_invoice_id === null) throw new AppError('sending_not_possible', 'Facturier ne suit pas cette pièce par l’API : faites-le sur le portail Chorus Pro, puis notez le statut ici.');
    if (row.chorus_status !== status) throw new AppError('sending_not_possible', 'Le statut de cette pièce a changé : rechargez la page.');
    const current = await access();
    if (!current.isReady) throw new AppError('sending_not_possible', current.reason);
    return { row, chorus: current.client, chorusInvoiceId: row.chorus_invoice_id };
  }

  function done(row: SendingListRow, kind: string, payload: Record<string, unknown>): SendingEntry {
    store.write(() => {
      const fresh = store.sendings.get(row.invoice_id) as SendingListRow;
      // The status that follows is read at once.
      store.move(fresh, fresh.stage, { next_attempt_at: store.now() }, { kind, payload });
    });
    return toEntry(store.sendings.get(row.invoice_id) as SendingListRow);
  }

  return {
    async complete(input: { invoiceId: number; comment: string; attachment?: { fileName: string; base64: string } | undefined }): Promise<SendingEntry> {
      const { row, chorus, chorusInvoiceId } = await followed(input.invoiceId, 'SUSPENDUE');
      const attachments: Array<{ pieceJointeComplementaireId: number; pieceJointeComplementaireDesignation: string }> = [];
      if (input.attachment) {
        const bytes = Buffer.from(input.attachment.base64, 'base64');
        if (bytes.length > 10 * 1024 * 1024) throw new AppError('invalid_input', 'Le document dépasse 10 Mo, la limite de Chorus Pro.', 'attachment');
        const extension = input.attachment.fileName.split('.').pop()?.toLowerCase() ?? '';
        const mime = MIME_BY_EXTENSION[extension];
        if (!mime) throw new AppError('invalid_input', 'Chorus Pro accepte les documents PDF, images PNG ou JPEG, XML, ZIP, TXT ou CSV.', 'attachment');
        const { pieceJointeId } = await chorus.addAttachment({ pieceJointeFichier: bytes, pieceJointeNom: input.attachment.fileName, pieceJointeTypeMime: mime });
        attachments.push({ pieceJointeComplementaireId: pieceJointeId, pieceJointeComplementaireDesignation: input.attachment.fileName });
      }
      await chorus.completeInvoice({ identifiantFactureCPP: chorusInvoiceId, commentaire: input.comment, ...(attachments.length > 0 ? { pieceJointeComplementaire: attachments } : {}) });
      return done(row, 'completed', { comment: input.comment, attachment: input.attachment?.fileName ?? null });
    },
    async recycle(input: { invoiceId: number; serviceCode: string; engagementNumber: string; comment: string }): Promise<SendingEntry> {
      const { row, chorus, chorusInvoiceId } = await followed(input.invoiceId, 'A_RECYCLER');
      const buyerSiret = buyerSiretOf(input.invoiceId);
      await chorus.recycleInvoice({
        identifiantFactureCPP: chorusInvoiceId,
        destinataire: { codeDestinataire: buyerSiret, ...(input.serviceCode ? { codeServiceExecutant: input.serviceCode } : {}) },
        ...(input.engagementNumber ? { reference: { numeroBonCommande: input.engagementNumber } } : {}),
        ...(input.comment ? { commentaire: input.comment } : {}),
      });
      return done(row, 'recycled', { serviceCode: input.serviceCode, engagementNumber: input.engagementNumber, comment: input.comment });
    },
  };
}

export type GuidedActions = ReturnType<typeof createGuidedActions>;
