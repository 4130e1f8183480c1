import { lazy, type ComponentType } from 'react';

/**
 * A page loaded when first visited, not with the first screen: the start loads Accueil and the assistant
 * only (docs/renderer.md, the startup JavaScript budget). Shown under app.tsx's <Suspense> meanwhile.
 */
export function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
