import { describe, expect, it } from 'vitest';
import { createManualTime } from '../../support/manual-scheduler';

describe('time that tests drive', () => {
  it('runs due timers in time order, moves the clock, and lets cancelled ones go', async () => {
    const time = createManualTime('2026-12-01T08:00:00Z');
    const ran: string[] = [];
    time.scheduler.setTimeout(() => ran.push(`b@${time.clock.now().toISOString()}`), 2_000);
    time.scheduler.setTimeout(() => ran.push(`a@${time.clock.now().toISOString()}`), 1_000);
    const cancel = time.scheduler.setTimeout(() => ran.push('never'), 1_500);
    cancel();
    await time.advance(1_999);
    expect(ran).toEqual(['a@2026-12-01T08:00:01.000Z']);
    await time.advance(1);
    expect(ran).toEqual(['a@2026-12-01T08:00:01.000Z', 'b@2026-12-01T08:00:02.000Z']);
    expect(time.clock.now().toISOString()).toBe('2026-12-01T08:00:02.000Z');
  });

  it('runs timers that a timer schedules, and waits for the promises they start', async () => {
    const time = createManualTime('2026-12-01T08:00:00Z');
    let ticks = 0;
    const tick = () => {
      void Promise.resolve().then(() => {
        ticks += 1;
        time.scheduler.setTimeout(tick, 60_000);
      });
    };
    time.scheduler.setTimeout(tick, 60_000);
    await time.advance(5 * 60_000);
    expect(ticks).toBe(5);
  });
});
