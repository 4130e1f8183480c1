import { useRef, useState, type ChangeEvent } from 'react';
import { useBridge } from '../../api/client';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { TextField } from '../../components/text-field';
import { t } from '../../i18n/t';
import { TaskStatus } from './task-status';
import { uploadBackupFile } from './upload-backup-file';
import { useTaskRun } from './use-task-run';

/**
 * « Restaurer une sauvegarde ». Browser host: the user picks the file here, it is uploaded (with its
 * progress) and the restore channel names it. Desktop: the core asks for the file with the system's
 * dialog. Either way a confirmation first says the current data is kept as a safety copy; the core
 * checks the file before touching anything and refuses a damaged, altered or newer one in French.
 */
export function RestoreBackup() {
  const bridge = useBridge();
  const run = useTaskRun();
  const isBrowser = bridge.transport === 'browser';
  const fileRef = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [chosen, setChosen] = useState<File | null>(null);
  const [isAsking, setIsAsking] = useState(false);
  const [sent, setSent] = useState<number | null>(null);
  const isBusy = sent !== null || run.isRunning;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0] ?? null;
    if (!file) return;
    run.reset();
    setChosen(file);
    setIsAsking(true);
  }

  function close() {
    setIsAsking(false);
    setChosen(null);
    if (fileRef.current) fileRef.current.value = '';
  }

  async function restore() {
    const file = chosen;
    close();
    const secret = passphrase === '' ? {} : { passphrase };
    if (!isBrowser) return run.follow(await bridge.invoke('backups:restore', secret), t('backups.restore.cancelled'));
    if (!file) return undefined;
    setSent(0);
    const uploaded = await uploadBackupFile(file, setSent);
    setSent(null);
    if (!uploaded.ok) return run.fail(uploaded.error.message);
    const answer = await bridge.invoke('backups:restore', { uploadId: uploaded.value.uploadId, ...secret });
    setPassphrase('');
    return run.follow(answer, t('backups.restore.cancelled'));
  }

  const percent = sent === null ? 0 : Math.floor(sent * 100);
  return (
    <div aria-labelledby="backup-restore-title" role="group">
      <h3 id="backup-restore-title">{t('backups.restore.title')}</h3>
      <p>{t('backups.restore.intro')}</p>
      <TextField
        name="restorePassphrase"
        type="password"
        autoComplete="off"
        label={t('backups.restore.passphrase')}
        hint={t('backups.restore.passphrase.hint')}
        value={passphrase}
        onChange={setPassphrase}
        maxLength={1000}
      />
      {isBrowser ? (
        <div className="field">
          <label htmlFor="backup-restore-file">{t('backups.restore.file')}</label>
          <p id="backup-restore-file-hint" className="field-hint">{t('backups.restore.file.hint')}</p>
          <input id="backup-restore-file" ref={fileRef} type="file" accept=".sqlite,.db" disabled={isBusy} aria-describedby="backup-restore-file-hint" onChange={choose} />
        </div>
      ) : (
        <p>
          <button type="button" className="button" disabled={isBusy} onClick={() => { run.reset(); setIsAsking(true); }}>
            {t('backups.restore.choose')}
          </button>
        </p>
      )}
      {sent !== null ? (
        <div className="task-status">
          <progress aria-label={t('backups.restore.uploading', { percent })} value={sent} max={1} />
          <p role="status">{t('backups.restore.uploading', { percent })}</p>
        </div>
      ) : null}
      <TaskStatus run={run} label={t('backups.restore.title')} testId="backup-restore-status" />
      <ConfirmDialog
        isOpen={isAsking}
        title={t('backups.restore.confirmTitle')}
        message={chosen ? t('backups.restore.confirmFile', { name: chosen.name }) : t('backups.restore.confirmPick')}
        confirmLabel={t('backups.restore.confirm')}
        onConfirm={() => void restore()}
        onCancel={close}
      />
    </div>
  );
}
