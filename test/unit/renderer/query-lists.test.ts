import { describe, expect, it } from 'vitest';
import { channels, contract } from '@shared/ipc/contract';
import { DataList } from '@shared/ipc/data-lists';
import { QUERY_READS, readsAnyOf } from '../../../renderer/src/api/query-lists';

const writes = channels.filter((channel) => 'changes' in contract[channel]);
const reads = channels.filter((channel) => !('changes' in contract[channel]));

describe('which queries a data:changed event refetches', () => {
  it('names every read channel of the contract, and no write', () => {
    expect(Object.keys(QUERY_READS).sort()).toEqual([...reads].sort());
  });

  it('every list a write changes is shown by at least one query (or the event would refetch nothing)', () => {
    const shown = new Set<DataList>(Object.values(QUERY_READS).flatMap((lists): readonly DataList[] => (lists === 'action' ? [] : lists)));
    for (const channel of writes) {
      const spec = contract[channel] as { changes: readonly DataList[] };
      for (const list of spec.changes) expect(shown.has(list), `${channel} -> ${list}`).toBe(true);
    }
  });

  it('a payment refetches the invoice and the lists, not the catalogue; a customer change reaches the editor', () => {
    expect(readsAnyOf('invoices:get', ['payments'])).toBe(true);
    expect(readsAnyOf('invoices:list', ['payments'])).toBe(true);
    expect(readsAnyOf('catalogue:list', ['payments'])).toBe(false);
    expect(readsAnyOf('invoices:get', ['customers'])).toBe(true);
    expect(readsAnyOf('invoices:get', ['company'])).toBe(true);
    expect(readsAnyOf('invoices:file', ['files'])).toBe(false);
    // A key the table does not know (a channel renamed since) is refetched rather than left stale.
    expect(readsAnyOf('gone:channel', ['company'])).toBe(true);
  });
});
