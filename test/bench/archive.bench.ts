import { statSync } from 'node:fs';
import { createCore } from '../../main/app/create-core';
import { fixedClock } from '../../main/services/clock';
import { silentLogger } from '../../main/services/logging/logger';
import type { TaskProgress } from '@shared/ipc/task-progress';
import { valueOf } from '../support/invoicing-setup';
import { result, type BenchResult } from './bench-harness';
import { largeDatabase } from './support/large-database';
import { startProbe } from './support/loop-probe';

const INVOICES = 10_000;

/**
 * The archive export of 10 000 issued invoices with their files (30 000 files and the ledger), written as a
 * stream: time, peak memory of the process (the archive itself is far larger) and the longest stall of the
 * core's thread.
 */
export async function run(): Promise<BenchResult[]> {
  const shop = await largeDatabase(INVOICES, INVOICES);
  const core = createCore({ dataDir: shop.dataDir, transport: 'browser', clock: fixedClock('2026-12-31T10:00:00Z'), logger: silentLogger });
  try {
    const before = process.memoryUsage().rss / 1024 / 1024;
    const finished = new Promise<TaskProgress>((resolve) =>
      core.events.subscribe((name, payload) => {
        const event = payload as TaskProgress;
        if (name === 'task:progress' && event.kind === 'archive-export' && event.state !== 'running') resolve(event);
      }),
    );
    const probe = startProbe();
    const started = performance.now();
    valueOf(await core.invoke('exports:archive', {}));
    const last = await finished;
    const elapsed = performance.now() - started;
    const { maxStallMs, peakRssMb } = probe.stop();
    if (last.state !== 'done' || last.file?.status !== 'download') throw new Error(`export ${last.state}: ${last.message}`);
    const download = core.transfers.take(last.file.downloadId);
    const sizeMb = statSync(download!.path).size / 1024 / 1024;
    core.transfers.finished(download!, false);
    console.log(`  ${last.message} ${sizeMb.toFixed(0)} Mo ; mémoire ${before.toFixed(0)} Mo avant, ${peakRssMb.toFixed(0)} Mo au plus haut`);
    return [
      result(`export de l’archive, ${INVOICES} factures (${sizeMb.toFixed(0)} Mo de ZIP)`, elapsed / 1000, 's'),
      result('export de l’archive : mémoire du processus au plus haut', peakRssMb, 'Mo'),
      result('export de l’archive : mémoire ajoutée au plus haut', peakRssMb - before, 'Mo'),
      result('export de l’archive : plus long blocage du fil du cœur', maxStallMs, 'ms', 50),
    ];
  } finally {
    core.close();
    shop.remove();
  }
}
