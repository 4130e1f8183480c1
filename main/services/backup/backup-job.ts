import type { BackgroundJob } from '../../app/background-job';
import type { Scheduler } from '../scheduler';
import type { BackupService } from './backup-service';

/** The first backup waits a little so the first screen's queries go first. */
export const FIRST_BACKUP_DELAY_MS = 10_000;
export const BACKUP_INTERVAL_MS = 24 * 60 * 60_000;
/** After a failure (disk full, another backup running), try again sooner than tomorrow. */
export const RETRY_DELAY_MS = 60 * 60_000;

/**
 * The automatic backup: once shortly after start, then every 24 hours while the app runs (a shop PC often
 * stays on for weeks). Timers come from the injected scheduler, so tests drive a year in a few seconds.
 */
export function createBackupJob(service: Pick<BackupService, 'runAutomatic'>, scheduler: Scheduler, log?: (message: string, details?: Record<string, unknown>) => void): BackgroundJob {
  let cancelTimer: (() => void) | null = null;
  let inFlight: Promise<unknown> | null = null;
  let isRunning = false;

  function schedule(ms: number): void {
    cancelTimer = scheduler.setTimeout(run, ms);
  }

  function run(): void {
    cancelTimer = null;
    inFlight = service.runAutomatic().then(
      () => BACKUP_INTERVAL_MS,
      (error: unknown) => {
        log?.('automatic backup failed', { error: error instanceof Error ? error.message : 'unknown' });
        return RETRY_DELAY_MS;
      },
    ).then((next) => {
      inFlight = null;
      if (isRunning) schedule(next);
    });
  }

  return {
    name: 'backups',
    start() {
      if (isRunning) return;
      isRunning = true;
      schedule(FIRST_BACKUP_DELAY_MS);
    },
    async stop() {
      isRunning = false;
      cancelTimer?.();
      cancelTimer = null;
      await inFlight;
    },
  };
}
