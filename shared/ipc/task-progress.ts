import { z } from 'zod';

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
  /** In French: why it failed, or what it is doing now. */
  message: z.string().optional(),
});
export type TaskProgress = z.infer<typeof TaskProgress>;
