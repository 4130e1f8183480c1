import { fail, type Result } from '@shared/ipc/result';
import { reportSessionLost } from '../../api/session-status';
import { t } from '../../i18n/t';

/**
 * Sends a backup file to the browser host (`POST /files`, streamed to disk there, behind the session
 * cookie) and answers the upload id the restore channel names. XMLHttpRequest rather than fetch: only it
 * reports how much of the body has gone, and a backup of years of invoices takes a moment.
 */
export function uploadBackupFile(file: File, onSent: (fraction: number) => void): Promise<Result<{ uploadId: string }>> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    const failed = () => resolve(fail('network', t('backups.restore.uploadFailed')));
    request.open('POST', './files');
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onSent(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      if (request.status === 401) reportSessionLost();
      try {
        resolve(JSON.parse(request.responseText) as Result<{ uploadId: string }>);
      } catch {
        failed();
      }
    });
    request.addEventListener('error', failed);
    request.addEventListener('abort', failed);
    request.send(file);
  });
}
