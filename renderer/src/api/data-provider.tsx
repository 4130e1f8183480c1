import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import type { FacturierBridge } from '@shared/ipc/bridge';
import { BridgeContext } from './client';
import { createAppQueryClient, invalidateLists } from './queries';

/**
 * The bridge and the query cache for the whole app, and the one subscription that keeps the cache true:
 * each `data:changed` the core emits (after a write, from any window, or from background work) refetches
 * the queries that read those lists.
 */
export function DataProvider({ bridge, client: given, children }: { bridge: FacturierBridge; client?: QueryClient; children: ReactNode }) {
  const [client] = useState(() => given ?? createAppQueryClient());
  useEffect(() => bridge.on('data:changed', ({ lists }) => void invalidateLists(client, lists)), [bridge, client]);
  return (
    <BridgeContext.Provider value={bridge}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </BridgeContext.Provider>
  );
}
