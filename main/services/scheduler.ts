/**
 * Timers as a dependency, like the clock: background work (the sender, backups, reminders) schedules
 * through it, so tests drive time instead of waiting (test/support/manual-scheduler.ts).
 */
export interface Scheduler {
  /** Runs `task` once after `ms`; the returned function cancels it if it has not run yet. */
  setTimeout(task: () => void, ms: number): () => void;
}

export const systemScheduler: Scheduler = {
  setTimeout(task, ms) {
    const timer = setTimeout(task, ms);
    // Background timers never keep a process alive on their own (a CLI, a test, a closing app).
    timer.unref?.();
    return () => clearTimeout(timer);
  },
};
