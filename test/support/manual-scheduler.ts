import type { Clock } from '../../main/services/clock';
import type { Scheduler } from '../../main/services/scheduler';

/**
 * A clock and a scheduler that move only when the test says so: `advance(ms)` runs, in time order, every
 * timer that falls due, and lets the promises they start settle between timers.
 */
export function createManualTime(startIso: string) {
  let now = new Date(startIso).getTime();
  let nextId = 0;
  const timers = new Map<number, { at: number; task: () => void }>();
  const clock: Clock = { now: () => new Date(now) };
  const scheduler: Scheduler = {
    setTimeout(task, ms) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), task });
      return () => void timers.delete(id);
    },
  };
  const settle = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    clock,
    scheduler,
    pendingTimers: () => timers.size,
    async advance(ms: number): Promise<void> {
      const until = now + ms;
      for (;;) {
        await settle();
        const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].task();
      }
      now = until;
      await settle();
    },
  };
}
