import { useChannelQuery } from './queries';

/** How often the page asks whether its backend answers; faster while it does not, to say so sooner. */
export const PING_EVERY_MS = 5_000;
export const PING_WHILE_DOWN_MS = 2_000;

/**
 * Whether the app's own backend answers (the Electron core or the browser host), by a cheap `app:ping`
 * every few seconds: the page's connection to the Internet says nothing about it. Every screen asking
 * shares the one poll. `isUp` stays true until a ping has actually failed.
 */
export function useBackendStatus(): { isUp: boolean; isReloadNeeded: boolean } {
  const ping = useChannelQuery('app:ping', {}, {
    staleTime: 0,
    retry: false,
    refetchInterval: (query) => (query.state.status === 'error' ? PING_WHILE_DOWN_MS : PING_EVERY_MS),
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: 'always',
  });
  // The browser host restarted with a new key: this page can no longer speak to it until reloaded.
  const isReloadNeeded = ping.isError && ping.error.code === 'unauthorized';
  return { isUp: !ping.isError, isReloadNeeded };
}
