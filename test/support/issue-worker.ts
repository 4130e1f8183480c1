/**
 * A second process for the numbering test: opens the same data folder and creates then issues drafts as
 * fast as it can, while another copy of itself does the same. Usage: dataDir customerId count name.
 */
import { createCore } from '../../main/app/create-core';
import { fixedClock } from '../../main/services/clock';
import { draftFor, valueOf } from './invoicing-setup';

async function main(): Promise<void> {
  const [dataDir, customerId, count] = process.argv.slice(2);
  const core = createCore({ dataDir: dataDir as string, transport: 'browser', clock: fixedClock('2026-11-27T10:00:00Z') });
  for (let i = 0; i < Number(count); i++) {
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(Number(customerId)) }));
    valueOf(await core.invoke('invoices:issue', { id }));
  }
  core.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
