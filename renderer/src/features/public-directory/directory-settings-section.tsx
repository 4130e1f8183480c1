import { useRef, useState, type ChangeEvent } from 'react';
import { useBridge } from '../../api/client';
import { shortDate } from '../invoicing/components/dates';
import { t } from '../../i18n/t';
import { DirectoryReport } from './directory-report';
import { uploadDirectoryFile } from './upload-directory-file';
import { frenchCount, frenchSize, useDirectoryStatus } from './use-directory-status';
import { useTaskProgress } from './use-task-progress';

/** Réglages › Annuaire: its date, size and source, importing a file or refreshing from Chorus Pro, with progress. */
export function DirectorySettingsSection() {
  const bridge = useBridge();
  const status = useDirectoryStatus();
  const [sent, setSent] = useState<number | null>(null);
  const [startedTask, setStartedTask] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const taskId = startedTask ?? status.value?.runningTaskId ?? null;
  const progress = useTaskProgress(taskId);
  const isRunning = sent !== null || (taskId !== null && progress?.state !== 'done' && progress?.state !== 'failed' && progress?.state !== 'cancelled');

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(null);
    setSent(0);
    const result = await uploadDirectoryFile(bridge, file, setSent);
    setSent(null);
    if (fileRef.current) fileRef.current.value = '';
    if (result.ok) setStartedTask(result.value.taskId);
    else setError(result.error.message);
  }

  async function refresh() {
    setError(null);
    const result = await bridge.invoke('directory:refresh', {});
    if (result.ok) setStartedTask(result.value.taskId);
    else setError(result.error.message);
  }

  const current = status.value?.current ?? null;
  const last = status.value?.history[0];
  const percent = progress && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : null;
  return (
    <section className="card" aria-labelledby="settings-annuaire" data-testid="directory-settings">
      <h2 id="settings-annuaire" tabIndex={-1}>{t('directory.title')}</h2>
      <p>{t('directory.intro')}</p>
      {status.value ? (
        current ? (
          <ul className="plain-list">
            <li>{t('directory.date', { date: shortDate(current.finishedAt.slice(0, 10)) })}</li>
            <li>{t('directory.size', { structures: frenchCount(current.structures), services: frenchCount(current.services), size: frenchSize(status.value.fileSize) })}</li>
            <li>{current.source === 'chorus' ? t('directory.source.chorus') : t('directory.source.file', { name: current.fileName })}</li>
          </ul>
        ) : (
          <p>{t('directory.none')}</p>
        )
      ) : <p role="status">{t('app.loading')}</p>}
      {status.value?.isStale ? <p className="notice" role="note">{current ? t('directory.stale') : t('directory.staleNone')}</p> : null}
      <div className="field">
        <label htmlFor="directory-file">{t('directory.importFile')}</label>
        <input id="directory-file" ref={fileRef} type="file" accept=".xlsx,.csv,.txt,.zip" disabled={isRunning} aria-describedby="directory-file-hint" onChange={(event) => void importFile(event)} />
        <p id="directory-file-hint" className="field-hint">{t('directory.importHint')}</p>
      </div>
      {status.value?.canRefreshOnline ? (
        <p><button type="button" className="button" disabled={isRunning} onClick={() => void refresh()}>{t('directory.refresh')}</button></p>
      ) : null}
      {sent !== null ? <progress aria-label={t('directory.sending', { percent: Math.floor(sent * 100) })} value={sent} max={1} /> : null}
      <div role="status" aria-live="polite">
        {sent !== null ? <p>{t('directory.sending', { percent: Math.floor(sent * 100) })}</p> : null}
        {isRunning && progress ? <p>{t('directory.progress')}{percent !== null ? ` : ${percent} %` : ''}{progress.message ? ` — ${progress.message}` : ''}</p> : null}
        {progress?.state === 'done' && current ? <p>{t('directory.done', { structures: frenchCount(current.structures) })}</p> : null}
      </div>
      {isRunning && progress && percent !== null ? <progress aria-label={t('directory.progress')} value={progress.done} max={progress.total} /> : null}
      {isRunning && taskId && progress?.isCancellable ? (
        <p><button type="button" className="button" onClick={() => void bridge.invoke('tasks:cancel', { taskId })}>{t('directory.cancel')}</button></p>
      ) : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      {last && !isRunning ? (
        <>
          <h3>{t('directory.lastReport')}</h3>
          <DirectoryReport entry={last} />
        </>
      ) : null}
    </section>
  );
}
