import { z } from 'zod';
import { Launched } from '../../backup/backup-views';
import { DeclarationPeriod, ReceiptsBook, ReceiptsPeriod, Turnover } from '../../receipts/receipts-book';
import { NoInput } from '../no-input';

/**
 * Exports for the accountant, the tax office and support (issue 13). Files are made as tasks: the answer is
 * the task id, and the task's last `task:progress` event says where the file is.
 */
export const exportChannels = {
  /** Every issued invoice and credit note (Factur-X PDF, CII, UBL), the ledger and the manifest, as a ZIP. */
  'exports:archive': { request: NoInput, response: Launched },
  /** The receipts book of a period, to show on screen. */
  'receipts:book': { request: ReceiptsPeriod, response: ReceiptsBook },
  /** The same as a file. */
  'exports:receiptsBook': { request: ReceiptsPeriod.safeExtend({ format: z.enum(['pdf', 'csv']) }), response: Launched },
  /** The turnover to declare for a month (AAAA-MM) or a quarter (AAAA-T1…T4): receipts actually received. */
  'exports:turnover': { request: z.object({ period: DeclarationPeriod }), response: Turnover },
  /** « Exporter le journal technique »: the log files in one file the user can send to support. */
  'logs:export': { request: NoInput, response: Launched },
} as const;
