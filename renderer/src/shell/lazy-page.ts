import { lazy, type ComponentType } from 'react';
import { reportSessionLost } from '../api/session-status';

/**
 * When a page's code cannot be fetched, the browser host may have been restarted and forgotten this tab:
 * asked for the page itself, it answers 401 then, and the page shows the banner that says what to do.
 */
async function checkSession(): Promise<void> {
  try {
    if ((await fetch('./', { method: 'HEAD', credentials: 'same-origin' })).status === 401) reportSessionLost();
  } catch {
    // No answer at all: PageLoadBoundary's message is all there is to say.
  }
}

/**
 * A page loaded when first visited, not with the first screen: the start loads Accueil and the assistant
 * only (docs/renderer.md). Shown under app.tsx's <Suspense> meanwhile; a failure reaches PageLoadBoundary.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => {
    try {
      return { default: (await load())[name] };
    } catch (error) {
      await checkSession();
      throw error;
    }
  });
}
