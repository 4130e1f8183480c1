import { QueryClient, useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { contract, type Channel, type RequestOf, type ResponseOf } from '@shared/ipc/contract';
import type { DataList } from '@shared/ipc/data-lists';
import type { AppError, Result } from '@shared/ipc/result';
import { useBridge } from './client';
import { readsAnyOf, type QueryChannel } from './query-lists';

/** A refused call as a query error: the French message and the field it concerns, like AppError. */
export class ChannelError extends Error implements AppError {
  readonly code: AppError['code'];
  readonly field?: string;
  constructor(error: AppError) {
    super(error.message);
    this.name = 'ChannelError';
    this.code = error.code;
    if (error.field !== undefined) this.field = error.field;
  }
}

/** The cache key of a read: its channel, then its input. Invalidation looks at the channel only. */
export function channelQueryKey<C extends QueryChannel>(channel: C, input: RequestOf<C>): readonly [C, RequestOf<C>] {
  return [channel, input] as const;
}

/**
 * The one QueryClient of the app. `networkMode: 'always'`: our backend is on this machine (or in this
 * process), so the browser's idea of being offline says nothing about it. Data changes only when a write
 * says so (`data:changed`), so answers stay fresh until then; a refused call is not retried, an
 * unreachable backend is retried twice (a restart takes a moment).
 */
export function createAppQueryClient(): QueryClient {
  const retry = (failures: number, error: Error) => error instanceof ChannelError && error.code === 'network' && failures < 2;
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', staleTime: 30_000, retry, refetchOnWindowFocus: true },
      mutations: { networkMode: 'always', retry: false },
    },
  });
}

/** Marks stale, and refetches if shown, every query whose channel reads one of these lists. */
export function invalidateLists(client: QueryClient, lists: readonly DataList[]): Promise<void> {
  return client.invalidateQueries({ predicate: (query) => readsAnyOf(String(query.queryKey[0]), lists) });
}

type ChannelQueryOptions<C extends QueryChannel> = Omit<UseQueryOptions<ResponseOf<C>, ChannelError>, 'queryKey' | 'queryFn'>;

/**
 * Reads a channel through the query cache: two screens asking the same thing share one call, and a write
 * anywhere (this page, another window, background work) refetches it through `data:changed`.
 */
export function useChannelQuery<C extends QueryChannel>(channel: C, input: RequestOf<C>, options: ChannelQueryOptions<C> = {}) {
  const bridge = useBridge();
  return useQuery<ResponseOf<C>, ChannelError>({
    ...options,
    queryKey: channelQueryKey(channel, input),
    queryFn: async () => {
      const result = await bridge.invoke(channel, input);
      if (!result.ok) throw new ChannelError(result.error);
      return result.value;
    },
  });
}

/** The lists a write channel declares in the contract (empty for the actions that change nothing). */
export function changesOf(channel: Channel): readonly DataList[] {
  const spec = contract[channel];
  return 'changes' in spec ? spec.changes : [];
}

/**
 * Calls a channel that writes (or acts) and keeps the Result as it is, so a form can put a refused
 * field's message on the field. A success invalidates what the channel's `changes` touch at once: the
 * `data:changed` event does it too, but this page should not wait for the event stream.
 */
export function useChannelMutation<C extends Channel>(channel: C) {
  const bridge = useBridge();
  const client = useQueryClient();
  return useMutation<Result<ResponseOf<C>>, Error, RequestOf<C>>({
    mutationFn: (input) => bridge.invoke(channel, input),
    onSuccess: (result) => {
      // Not awaited: the form says "saved" now, the screens refetch behind it.
      if (result.ok) void invalidateLists(client, changesOf(channel));
    },
  });
}

/** Puts a fresh answer in the cache at once (a write that returns the new view), before any refetch. */
export function useSetChannelData<C extends QueryChannel>(channel: C, input: RequestOf<C>) {
  const client = useQueryClient();
  return (value: ResponseOf<C>) => client.setQueryData(channelQueryKey(channel, input), value);
}
