import { describe, expect, it } from 'vitest';
import { createInvokeGate } from '../../../main/app/invoke-gate';
import { ok } from '@shared/ipc/result';

describe('holding the core’s calls for a moment', () => {
  it('waits for calls in flight, holds new ones, then lets them through in order', async () => {
    const gate = createInvokeGate();
    const order: string[] = [];
    let finishSlow!: () => void;
    const invoke = gate.wrap(async (channel) => {
      if (channel === 'slow') await new Promise<void>((resolve) => (finishSlow = resolve));
      order.push(channel);
      return ok(channel);
    });
    const slow = invoke('slow', {});
    let held = false;
    const holding = gate.hold().then((release) => {
      held = true;
      order.push('held');
      return release;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(held).toBe(false);
    const waiting = invoke('later', {});
    finishSlow();
    const release = await holding;
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['slow', 'held']);
    release();
    expect(await waiting).toEqual(ok('later'));
    expect(await slow).toEqual(ok('slow'));
    expect(order).toEqual(['slow', 'held', 'later']);
  });
});
