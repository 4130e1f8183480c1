/**
 * What a channel that starts long work gets back from its service: the task's id (the page follows it by
 * `task:progress`) and its result (tests and other services await it), or `cancelled` when the user closed
 * the file dialog before anything began. Handlers answer the page without `result`.
 */
export type Launched<T> = { status: 'started'; taskId: string; result: Promise<T> } | { status: 'cancelled' };

/** The channel's answer: the task id, and the result's rejection handled (the task event reports it). */
export function answerOf<T>(launched: Launched<T>): { status: 'started'; taskId: string } | { status: 'cancelled' } {
  if (launched.status === 'cancelled') return launched;
  launched.result.catch(() => undefined);
  return { status: 'started', taskId: launched.taskId };
}
