import { useCallback, useEffect, useRef, useState } from 'react';
import type { TaskFile, TaskProgress } from '@shared/ipc/task-progress';
import type { Result } from '@shared/ipc/result';
import { useBridge } from '../../api/client';
import { t } from '../../i18n/t';

/** What a channel that starts long work answers (Launched in shared/backup/backup-views.ts). */
type LaunchedAnswer = { status: 'started'; taskId: string } | { status: 'cancelled' };

/**
 * Hands a finished task's file to the user. Browser host: the one-time `/files/<id>` link, clicked once
 * (the host sends it as an attachment, so the browser downloads it; the id is spent after one read).
 * Desktop: the core already saved it where the user chose.
 */
function deliver(file: TaskFile): void {
  if (file.status !== 'download') return;
  const link = document.createElement('a');
  link.href = `./files/${file.downloadId}`;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

export function fileText(file: TaskFile | undefined): string | null {
  if (!file) return null;
  return file.status === 'saved' ? t('task.saved', { path: file.savedTo }) : t('task.downloaded', { name: file.fileName });
}

export interface TaskRun {
  /** The last event of the followed task, or null before the first (or when none is followed). */
  progress: TaskProgress | null;
  isRunning: boolean;
  /** A refusal before the task started (the channel's own answer), in French. */
  error: string | null;
  /** What the channel said when nothing started (the user closed the dialog), in French. */
  note: string | null;
  /** Follows the task a channel answered with; `cancelledNote` is shown when the user cancelled the dialog. */
  follow(result: Result<LaunchedAnswer>, cancelledNote: string): void;
  fail(message: string): void;
  reset(): void;
}

/**
 * Follows one long task of the core (a backup, a restore, an export) by its `task:progress` events. The
 * listener is on before the channel is called, so a task that ends before its answer arrives (a small
 * export) is not missed; a finished task's file is downloaded once (browser) or named (desktop).
 */
export function useTaskRun(): TaskRun {
  const bridge = useBridge();
  const seen = useRef(new Map<string, TaskProgress>());
  const followed = useRef<string | null>(null);
  const delivered = useRef(new Set<string>());
  const [progress, setProgress] = useState<TaskProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const show = useCallback((event: TaskProgress) => {
    setProgress(event);
    if (event.state === 'done' && event.file && !delivered.current.has(event.taskId)) {
      delivered.current.add(event.taskId);
      deliver(event.file);
    }
  }, []);

  useEffect(
    () =>
      bridge.on('task:progress', (event) => {
        seen.current.set(event.taskId, event);
        if (event.taskId === followed.current) show(event);
      }),
    [bridge, show],
  );

  const reset = useCallback(() => {
    followed.current = null;
    setProgress(null);
    setError(null);
    setNote(null);
  }, []);

  const follow = useCallback(
    (result: Result<LaunchedAnswer>, cancelledNote: string) => {
      reset();
      if (!result.ok) return setError(result.error.message);
      if (result.value.status === 'cancelled') return setNote(cancelledNote);
      const { taskId } = result.value;
      followed.current = taskId;
      const known = seen.current.get(taskId);
      setProgress(known ?? { taskId, kind: '', label: '', done: 0, total: 0, state: 'running', isCancellable: false });
      if (known) show(known);
    },
    [reset, show],
  );

  const fail = useCallback((message: string) => {
    reset();
    setError(message);
  }, [reset]);

  return { progress, isRunning: progress?.state === 'running', error, note, follow, fail, reset };
}
