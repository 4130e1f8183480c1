import { createContext, useContext } from 'react';
import type { FacturierBridge } from '@shared/ipc/bridge';

export const BridgeContext = createContext<FacturierBridge | null>(null);

/** The transport to the core (Electron's preload or the browser host); reads go through useChannelQuery. */
export function useBridge(): FacturierBridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('BridgeContext is missing');
  return bridge;
}
