import { z } from 'zod';
import { NoInput } from '../no-input';
import { TaskProgress } from '../task-progress';

/** Long work running in the core (imports, backups, exports): what runs now, and « Annuler ». */
export const taskChannels = {
  'tasks:list': { request: NoInput, response: z.array(TaskProgress) },
  'tasks:cancel': { request: z.object({ taskId: z.string().min(1).max(100) }), response: z.object({ isCancelled: z.boolean() }) },
} as const;
