import { z } from 'zod';

/** A file a finished task made for the user: saved where they chose (desktop), or ready to download (browser). */
export const TaskFile = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), savedTo: z.string() }),
  z.object({ status: z.literal('download'), downloadId: z.string(), fileName: z.string() }),
]);
export type TaskFile = z.infer<typeof TaskFile>;

/** One long piece of work in the core, as the renderer shows it (a progress bar, a « Annuler » button). */
export const TaskProgress = z.object({
  taskId: z.string(),
  /** What kind of work, for the screen that started it ('directory-import', 'backup', …). */
  kind: z.string(),
  /** In French, for the user: « Import de l’annuaire ». */
  label: z.string(),
  done: z.number().int().nonnegative(),
  /** 0 while the total is not known yet. */
  total: z.number().int().nonnegative(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  isCancellable: z.boolean(),
  /** In French: why it failed, what it is doing now, or what it did. */
  message: z.string().optional(),
  /** On the last event of a task that made a file (an export, a backup): where it is. */
  file: TaskFile.optional(),
});
export type TaskProgress = z.infer<typeof TaskProgress>;
