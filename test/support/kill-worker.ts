/**
 * The process the kill campaign shoots. Started ahead of time, it loads its modules and fonts, says "loaded" and
 * waits for "go" on its input; then it opens the data folder (migrating and anchoring if needed), says "ready", and issues
 * invoices (recording a payment on every third), saying "issued" after each, until it is killed.
 * Usage: node worker.cjs dataDir customerId.
 */
import { createCore } from '../../main/app/create-core';
import { fixedClock } from '../../main/services/clock';
import { renderDocuments } from '../../main/services/documents/render-documents';
import { draftFor, valueOf } from './invoicing-setup';
import { franchiseInvoice } from './pdf/pdf-fixtures';

async function main(): Promise<void> {
  const [dataDir, customerId] = process.argv.slice(2);
  renderDocuments(franchiseInvoice()); // fonts loaded before the start is timed, as in a running app
  process.stdout.write('loaded\n');
  await new Promise<void>((go) => process.stdin.once('data', () => go()));
  const core = createCore({ dataDir: dataDir as string, transport: 'browser', clock: fixedClock('2026-11-27T10:00:00Z') });
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(Number(customerId)) }));
    valueOf(await core.invoke('invoices:issue', { id }));
    process.stdout.write('issued\n');
    if (i % 3 === 0) valueOf(await core.invoke('payments:record', { invoiceId: id, paidOn: '2026-11-27', amountCents: 1000, mode: 'transfer' }));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
