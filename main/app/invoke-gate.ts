import type { Invoke } from '../ipc/invoker';

/**
 * Lets the core pause its calls for a moment (a restore swaps the database's content): `hold()` makes new
 * calls wait, waits for the calls in flight to finish, and returns the function that lets everything go on.
 * A call never fails because of it; it only waits.
 */
export function createInvokeGate() {
  let inFlight = 0;
  let closed: Promise<void> | null = null;
  const idleWaiters: Array<() => void> = [];

  const notifyIdle = () => {
    if (inFlight === 0) idleWaiters.splice(0).forEach((wake) => wake());
  };

  return {
    wrap(invoke: Invoke): Invoke {
      return async (channel, input) => {
        while (closed) await closed;
        inFlight += 1;
        try {
          return await invoke(channel, input);
        } finally {
          inFlight -= 1;
          notifyIdle();
        }
      };
    },
    async hold(): Promise<() => void> {
      while (closed) await closed;
      let open!: () => void;
      closed = new Promise<void>((resolve) => (open = resolve));
      if (inFlight > 0) await new Promise<void>((resolve) => idleWaiters.push(resolve));
      return () => {
        closed = null;
        open();
      };
    },
  };
}
