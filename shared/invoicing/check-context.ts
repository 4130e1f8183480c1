import type { IsoDate } from '../dates/iso-date';
import type { InvoiceDocument } from './invoice-document';
import type { TotalsResult } from './totals';

/** What every group of pre-issue checks receives. */
export interface CheckContext {
  doc: InvoiceDocument;
  today: IsoDate;
  /** Null when a line is unreadable (its finding says so); amount checks then stay silent. */
  totals: TotalsResult | null;
}
