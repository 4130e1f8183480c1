/**
 * A sender in its own process, for the crash campaign: opens the data folder with Chorus Pro qualification
 * pointed at the parent's simulator, starts the core (the sender runs on its own timers, fast), prints
 * "ready" and works until killed. Usage: dataDir tokenUrl apiBase.
 */
import { createCore } from '../../main/app/create-core';

const [dataDir, tokenUrl, apiBase] = process.argv.slice(2) as [string, string, string];
const core = createCore({
  dataDir,
  transport: 'browser',
  chorusEndpoints: { qualification: { tokenUrl, apiBase } },
  sender: { concurrency: 4, settleMs: 600, fluxPollMs: 40, pendingIntervalMs: 50, offlineProbeMs: 100, leaseTtlMs: 3_000, retry: { baseMs: 30, capMs: 300 } },
});
core.start();
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void core.stop().then(() => {
    core.close();
    process.exit(0);
  });
});
