import { BRIDGE_GLOBAL, type FacturierBridge } from '@shared/ipc/bridge';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    facturier?: FacturierBridge;
  }
}

/**
 * The desktop app's preload puts the bridge on window; in a browser we build it from the token the host
 * wrote into the page.
 */
export function resolveBridge(): FacturierBridge | null {
  const fromPreload = window[BRIDGE_GLOBAL];
  if (fromPreload) return fromPreload;
  const token = document.querySelector<HTMLMetaElement>('meta[name="facturier-token"]')?.content;
  return token ? createHttpBridge(token) : null;
}
