/**
 * A second process for the numbering test: opens the same data folder and creates then issues drafts as
 * fast as it can, while another copy of itself does the same. Usage: dataDir customerId count name.
 */
import { createCore } from '../../main/app/create-core';
import { fixedClock } from '../../main/services/clock';
import type { Result } from '@shared/ipc/result';
import { draftFor, valueOf } from './invoicing-setup';

async function main(): Promise<void> {
  const [dataDir, customerId, count] = process.argv.slice(2);
  const core = createCore({
    dataDir: dataDir as string,
    transport: 'browser',
    clock: fixedClock('2026-11-27T10:00:00Z'),
    logError: (channel, error) => console.error(channel, error),
  });
  // Two processes on one folder wait for each other's write lock; on a loaded machine the wait can pass
  // SQLite's busy timeout, and the core then says "storage_busy": try again, as a user would.
  const retried = async <T>(call: () => Promise<Result<T>>): Promise<T> => {
    for (;;) {
      const result = await call();
      if (result.ok || result.error.code !== 'storage_busy') return valueOf(result);
    }
  };
  for (let i = 0; i < Number(count); i++) {
    const { id } = await retried(() => core.invoke('invoices:createDraft', { draft: draftFor(Number(customerId)) }));
    await retried(() => core.invoke('invoices:issue', { id }));
  }
  core.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
