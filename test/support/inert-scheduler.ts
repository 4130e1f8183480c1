import type { Scheduler } from '../../main/services/scheduler';

/** Timers that never fire: a test drives the sender run by run (`core.sender.runNow()`) and moves the clock itself. */
export const inertScheduler: Scheduler = { setTimeout: () => () => undefined };
