import { useSyncExternalStore } from 'react';

/**
 * Whether the browser host still knows this tab. It forgets every session when it restarts, so the
 * first refused call (401) tells the page, which then asks the user to reopen the printed link.
 */
let isLost = false;
const listeners = new Set<() => void>();

export function reportSessionLost(): void {
  if (isLost) return;
  isLost = true;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useIsSessionLost(): boolean {
  return useSyncExternalStore(subscribe, () => isLost);
}
