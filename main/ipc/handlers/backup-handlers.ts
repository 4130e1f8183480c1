import { answerOf } from '../../services/tasks/launched';
import type { HandlersOf } from '../handler-table';
import type { Services } from '../services';

export function backupHandlers({ backups }: Services): HandlersOf<'backups:status' | 'backups:save' | 'backups:restore'> {
  return {
    'backups:status': () => backups.status(),
    'backups:save': async ({ includeSecrets, passphrase }) => answerOf(await backups.saveNow({ includeSecrets, ...(passphrase === undefined ? {} : { passphrase }) })),
    'backups:restore': async ({ uploadId, passphrase }) =>
      answerOf(await backups.restore({ ...(uploadId === undefined ? {} : { uploadId }), ...(passphrase === undefined ? {} : { passphrase }) })),
  };
}
