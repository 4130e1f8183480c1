import { randomUUID } from 'node:crypto';
import type { TaskFile, TaskProgress } from '@shared/ipc/task-progress';
import { AppError } from '../../errors/app-error';
import type { EventBus } from '../../events/event-bus';

export interface TaskContext {
  /** Aborted when the user cancels (or the core stops): long work checks it between steps. */
  signal: AbortSignal;
  /** Reports progress; events are throttled, but the first, the last and each new step (message) always go out. */
  progress(done: number, total?: number, message?: string): void;
}

export interface StartedTask<T> {
  taskId: string;
  result: Promise<T>;
}

const THROTTLE_MS = 100;

/** Thrown by work that saw its signal aborted; the runner reports the task as cancelled. */
export class TaskCancelled extends Error {
  constructor() {
    super('task cancelled');
    this.name = 'TaskCancelled';
  }
}

export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new TaskCancelled();
}

/**
 * Long work of the core (an import, a backup, an export): each run gets an id, reports `task:progress`
 * events (n of m) on the bus, and can be cancelled by id. A failure is reported with a French message
 * (an AppError's own, else a generic one) and rethrown to whoever awaits `result`.
 */
export function createTaskRunner(events: EventBus, now: () => number = Date.now) {
  const running = new Map<string, { controller: AbortController; last: TaskProgress }>();

  function emit(progress: TaskProgress): void {
    events.emit('task:progress', progress);
  }

  return {
    /**
     * `options.outcome` turns the work's result into what the last event says: a French message of what
     * was done and the file made, if any.
     */
    start<T>(
      kind: string,
      label: string,
      work: (context: TaskContext) => Promise<T>,
      options: { isCancellable?: boolean; outcome?: (value: T) => { message?: string; file?: TaskFile } } = {},
    ): StartedTask<T> {
      const taskId = randomUUID();
      const controller = new AbortController();
      const isCancellable = options.isCancellable ?? true;
      let last: TaskProgress = { taskId, kind, label, done: 0, total: 0, state: 'running', isCancellable };
      let lastEmitted = 0;
      running.set(taskId, { controller, last });
      emit(last);
      const context: TaskContext = {
        signal: controller.signal,
        progress(done, total, message) {
          const isNewStep = message !== undefined && message !== last.message;
          last = { ...last, done, total: total ?? last.total, ...(message === undefined ? {} : { message }) };
          const entry = running.get(taskId);
          if (entry) entry.last = last;
          if (isNewStep || now() - lastEmitted >= THROTTLE_MS) {
            lastEmitted = now();
            emit(last);
          }
        },
      };
      const result = (async () => {
        try {
          const value = await work(context);
          const { message, file } = options.outcome?.(value) ?? {};
          const { message: _working, ...rest } = last;
          emit({ ...rest, done: Math.max(last.done, last.total), state: 'done', ...(message === undefined ? {} : { message }), ...(file ? { file } : {}) });
          return value;
        } catch (error) {
          const isCancel = error instanceof TaskCancelled || controller.signal.aborted;
          const message = isCancel ? 'Annulé.' : error instanceof AppError ? error.message : 'Une erreur inattendue a interrompu cette opération ; rien n’a été perdu.';
          emit({ ...last, state: isCancel ? 'cancelled' : 'failed', message });
          throw isCancel && !(error instanceof TaskCancelled) ? new TaskCancelled() : error;
        } finally {
          running.delete(taskId);
        }
      })();
      return { taskId, result };
    },
    /** Asks a running task to stop; false when it is unknown, finished or not cancellable. */
    cancel(taskId: string): boolean {
      const entry = running.get(taskId);
      if (!entry || !entry.last.isCancellable) return false;
      entry.controller.abort();
      return true;
    },
    list(): TaskProgress[] {
      return [...running.values()].map((entry) => entry.last);
    },
    /** Aborts everything (the core is stopping). */
    cancelAll(): void {
      for (const entry of running.values()) entry.controller.abort();
    },
  };
}

export type TaskRunner = ReturnType<typeof createTaskRunner>;
