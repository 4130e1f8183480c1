import { useBridge } from '../../api/client';
import { t } from '../../i18n/t';
import { fileText, type TaskRun } from './use-task-run';

/**
 * Where a long task is, announced to screen readers: a progress bar while it runs (with a percentage when
 * the total is known), then what was done and where the file went, or why it failed, in French.
 */
export function TaskStatus({ run, label, testId }: { run: TaskRun; label: string; testId: string }) {
  const bridge = useBridge();
  const { progress, error, note } = run;
  const isRunning = progress?.state === 'running';
  const percent = isRunning && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : null;
  const isFailure = Boolean(error) || progress?.state === 'failed';
  const file = progress?.state === 'done' ? fileText(progress.file) : null;
  return (
    <div className="task-status" data-testid={testId}>
      {isRunning ? (
        <progress aria-label={label} {...(percent === null ? {} : { value: progress.done, max: progress.total })} />
      ) : null}
      <div role={isFailure ? 'alert' : 'status'} aria-live={isFailure ? 'assertive' : 'polite'}>
        {isRunning ? (
          <p>
            {percent === null ? t('task.working', { label }) : t('task.percent', { label, percent })}
            {progress.message ? ` ${progress.message}` : ''}
          </p>
        ) : null}
        {progress && !isRunning && progress.message ? (
          <p className={`form-status ${progress.state === 'done' ? 'saved' : 'error'}`}>{progress.message}</p>
        ) : null}
        {file ? <p className="form-status saved">{file}</p> : null}
        {error ? <p className="form-status error">{error}</p> : null}
        {note ? <p className="form-status">{note}</p> : null}
      </div>
      {isRunning && progress.isCancellable ? (
        <p>
          <button type="button" className="button" onClick={() => void bridge.invoke('tasks:cancel', { taskId: progress.taskId })}>
            {t('task.cancel')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
