import { answerOf } from '../../services/tasks/launched';
import type { HandlersOf } from '../handler-table';
import type { Services } from '../services';

type ExportChannel = 'exports:archive' | 'receipts:book' | 'exports:receiptsBook' | 'exports:turnover' | 'logs:export';

export function exportHandlers({ exports, logExport }: Services): HandlersOf<ExportChannel> {
  return {
    'exports:archive': async () => answerOf(await exports.exportArchive()),
    'receipts:book': ({ from, to }) => exports.receiptsBook(from, to),
    'exports:receiptsBook': async ({ from, to, format }) => answerOf(await exports.exportReceiptsBook(from, to, format)),
    'exports:turnover': ({ period }) => exports.turnover(period),
    'logs:export': async () => answerOf(await logExport.export()),
  };
}
