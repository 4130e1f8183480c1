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
// The core's timers never keep a process alive (systemScheduler): the app's window or the host's server does.
// This worker has neither, so it holds itself open until told to stop; otherwise it exits, quietly and with
// code 0, the first time the sender waits with nothing in flight.
const keepAlive = setInterval(() => undefined, 60_000);
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  clearInterval(keepAlive);
  void core.stop().then(() => {
    core.close();
    process.exit(0);
  });
});
