import { describe, expect, it } from 'vitest';
import type { TaskProgress } from '@shared/ipc/task-progress';
import { EventBus } from '../../../main/events/event-bus';
import { AppError } from '../../../main/errors/app-error';
import { createTaskRunner, throwIfCancelled } from '../../../main/services/tasks/task-runner';

function recorder() {
  const events = new EventBus();
  const seen: TaskProgress[] = [];
  events.subscribe((name, payload) => {
    if (name === 'task:progress') seen.push(payload as TaskProgress);
  });
  return { events, seen };
}

describe('long work in the core', () => {
  it('reports start, progress and the end of a task, the last event at its total', async () => {
    const { events, seen } = recorder();
    let clock = 0;
    const tasks = createTaskRunner(events, () => clock);
    const { taskId, result } = tasks.start('import', 'Import de l’annuaire', async ({ progress }) => {
      for (let i = 1; i <= 5; i += 1) {
        clock += 150;
        progress(i, 5);
      }
      return 'fini';
    });
    expect(tasks.list().map((t) => t.taskId)).toEqual([taskId]);
    expect(await result).toBe('fini');
    expect(seen[0]).toMatchObject({ taskId, state: 'running', done: 0 });
    expect(seen.at(-1)).toMatchObject({ taskId, state: 'done', done: 5, total: 5 });
    expect(seen.filter((e) => e.state === 'running').length).toBeGreaterThan(2);
    expect(tasks.list()).toEqual([]);
  });

  it('throttles progress events when work reports faster than the screen can show', async () => {
    const { events, seen } = recorder();
    const tasks = createTaskRunner(events, () => 0);
    await tasks.start('export', 'Export', async ({ progress }) => {
      for (let i = 1; i <= 10_000; i += 1) progress(i, 10_000);
    }).result;
    expect(seen.length).toBeLessThan(5);
    expect(seen.at(-1)).toMatchObject({ state: 'done', done: 10_000 });
  });

  it('cancels a running task by its id and says so', async () => {
    const { events, seen } = recorder();
    const tasks = createTaskRunner(events);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { taskId, result } = tasks.start('backup', 'Sauvegarde', async ({ signal }) => {
      await gate;
      throwIfCancelled(signal);
      return 'never';
    });
    expect(tasks.cancel(taskId)).toBe(true);
    release();
    await expect(result).rejects.toThrow('task cancelled');
    expect(seen.at(-1)).toMatchObject({ taskId, state: 'cancelled', message: 'Annulé.' });
    expect(tasks.cancel(taskId)).toBe(false);
  });

  it('refuses to cancel a task declared not cancellable', async () => {
    const tasks = createTaskRunner(new EventBus());
    const { taskId, result } = tasks.start('restore', 'Restauration', async () => 1, { isCancellable: false });
    expect(tasks.cancel(taskId)).toBe(false);
    await result;
  });

  it('reports a failure with the service’s French message, or a generic one', async () => {
    const { events, seen } = recorder();
    const tasks = createTaskRunner(events);
    await expect(tasks.start('a', 'A', async () => Promise.reject(new AppError('invalid_input', 'Ce fichier n’est pas un annuaire.'))).result).rejects.toThrow();
    expect(seen.at(-1)).toMatchObject({ state: 'failed', message: 'Ce fichier n’est pas un annuaire.' });
    await expect(tasks.start('b', 'B', async () => Promise.reject(new Error('disk'))).result).rejects.toThrow('disk');
    expect(seen.at(-1)?.message).toMatch(/erreur inattendue/);
  });
});
