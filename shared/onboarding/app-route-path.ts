import type { AppRoute } from '../calendar/obligation-types';

/**
 * Where each calendar link goes in the app (hash-router paths). Export and backup screens do not exist
 * yet: null, and the screen shows the text without a link rather than a link to nowhere.
 */
const PATHS: Readonly<Record<AppRoute, string | null>> = {
  setup: '/assistant/chorus-pro',
  'settings.chorus': '/reglages?section=chorus-pro',
  'settings.company': '/reglages?section=entreprise',
  invoices: '/factures',
  customers: '/clients',
  export: null,
  backup: null,
};

export function appRoutePath(route: AppRoute | null): string | null {
  return route === null ? null : PATHS[route];
}
