/**
 * Work the core does on its own once started (the sender, backups, reminders): `start()` schedules it,
 * `stop()` ends it cleanly (waits for what is in flight). Registered in create-core.ts.
 */
export interface BackgroundJob {
  name: string;
  start(): void;
  stop(): Promise<void>;
}
