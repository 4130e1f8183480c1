import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { FacturierBridge } from '@shared/ipc/bridge';
import type { Channel, RequestOf, ResponseOf } from '@shared/ipc/contract';
import type { AppError, Result } from '@shared/ipc/result';

export const BridgeContext = createContext<FacturierBridge | null>(null);

export function useBridge(): FacturierBridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('BridgeContext is missing');
  return bridge;
}

export interface ChannelState<T> {
  value: T | undefined;
  error: AppError | null;
  isLoading: boolean;
  reload: () => void;
}

/** Reads a channel when the component mounts (and on reload), as a typed state. */
export function useChannel<C extends Channel>(channel: C, input: RequestOf<C>): ChannelState<ResponseOf<C>> {
  const bridge = useBridge();
  const [state, setState] = useState<{ result: Result<ResponseOf<C>> | null }>({ result: null });
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify(input);
  useEffect(() => {
    let isCurrent = true;
    void bridge.invoke(channel, JSON.parse(key) as RequestOf<C>).then((result) => {
      if (isCurrent) setState({ result });
    });
    return () => {
      isCurrent = false;
    };
  }, [bridge, channel, key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const result = state.result;
  return {
    value: result?.ok ? result.value : undefined,
    error: result && !result.ok ? result.error : null,
    isLoading: result === null,
    reload,
  };
}
