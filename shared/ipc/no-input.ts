import { z } from 'zod';

/** The request of a channel that takes nothing: `{}` and nothing else. */
export const NoInput = z.object({}).strict();
