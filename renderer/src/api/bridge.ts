import { BRIDGE_GLOBAL, type FacturierBridge } from '@shared/ipc/bridge';
import { createHttpBridge } from './http-bridge';

declare global {
  interface Window {
    facturier?: FacturierBridge;
  }
}

/**
 * The desktop app's preload puts the bridge on window; a page served by the browser host talks to it over
 * HTTP, signed in by its session cookie. Anywhere else (a file opened by hand) there is no bridge.
 */
export function resolveBridge(): FacturierBridge | null {
  const fromPreload = window[BRIDGE_GLOBAL];
  if (fromPreload) return fromPreload;
  return location.protocol === 'http:' ? createHttpBridge() : null;
}
