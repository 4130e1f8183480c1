import type { ChorusEnvironment } from '@shared/chorus/connection-settings';

/** Where one environment lives: the PISTE token URL and the base of the Chorus Pro API (ends with `/`). */
export interface ChorusEndpoints {
  tokenUrl: string;
  apiBase: string;
}

/**
 * The published PISTE hosts (chorus-pro-api.md §1). The démonstration environment has no fixed address:
 * it is our simulator, started on 127.0.0.1 on a free port when first used.
 */
export const PISTE_ENDPOINTS: Record<Exclude<ChorusEnvironment, 'demonstration'>, ChorusEndpoints> = {
  qualification: {
    tokenUrl: 'https://sandbox-oauth.piste.gouv.fr/api/oauth/token',
    apiBase: 'https://sandbox-api.piste.gouv.fr/cpro/',
  },
  production: {
    tokenUrl: 'https://oauth.piste.gouv.fr/api/oauth/token',
    apiBase: 'https://api.piste.gouv.fr/cpro/',
  },
};

/** The endpoints of a server speaking the PISTE protocol at `origin` (the simulator's layout, same as PISTE's paths). */
export function endpointsAt(origin: string): ChorusEndpoints {
  const base = origin.replace(/\/+$/, '');
  return { tokenUrl: `${base}/api/oauth/token`, apiBase: `${base}/cpro/` };
}
