import type { InvoiceTypeCode } from '@shared/invoicing/invoice-document';
import type { InvoiceSummary } from '@shared/invoicing/invoice-views';
import type { MessageKey } from '../../../i18n/fr';
import { t } from '../../../i18n/t';
import { invoiceLabel } from '../invoices/invoice-table';

const ISSUED: Record<InvoiceTypeCode, MessageKey> = { '380': 'detail.invoiceTitle', '381': 'detail.creditTitle', '386': 'detail.downPaymentTitle' };
const DRAFT: Record<InvoiceTypeCode, MessageKey> = { '380': 'editor.draftTitle', '381': 'editor.creditDraftTitle', '386': 'editor.downPaymentDraftTitle' };

/** « Facture F-2026-0001 », « Avoir A-2026-0001 », « Facture d’acompte F-2026-0002 »: the heading of an issued piece. */
export const issuedTitle = (piece: Pick<InvoiceSummary, 'id' | 'number' | 'typeCode'>): string => t(ISSUED[piece.typeCode], { number: invoiceLabel(piece) });

/** « Facture (brouillon n° 3) », and the same for a credit note or a facture d'acompte. */
export const draftTitle = (piece: Pick<InvoiceSummary, 'id' | 'typeCode'>): string => t(DRAFT[piece.typeCode], { id: piece.id });
