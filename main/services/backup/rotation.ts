/**
 * Which automatic backups to keep: the newest of each of the last 7 days that have one, of the last 4
 * weeks (ISO weeks, Monday first) and of the last 12 months, by the Paris calendar. A backup kept for
 * several reasons is kept once; everything else is deleted. Pure, so a year of days is tested in
 * milliseconds with a manual clock.
 */
export const RETENTION = { daily: 7, weekly: 4, monthly: 12 } as const;

export interface Dated {
  /** Paris calendar day of the backup, YYYY-MM-DD. */
  day: string;
  /** Sort key within a day (the ISO instant). */
  at: string;
}

/** Monday of the ISO week of `day`, as YYYY-MM-DD: a week key that never straddles two years wrongly. */
export function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  date.setUTCDate(date.getUTCDate() - sinceMonday);
  return date.toISOString().slice(0, 10);
}

function newestPerBucket<T extends Dated>(sorted: readonly T[], bucket: (item: T) => string, count: number): T[] {
  const kept: T[] = [];
  const seen = new Set<string>();
  for (const item of sorted) {
    const key = bucket(item);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(item);
    if (kept.length === count) break;
  }
  return kept;
}

export function backupsToKeep<T extends Dated>(backups: readonly T[], retention: typeof RETENTION = RETENTION): Set<T> {
  const newestFirst = [...backups].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return new Set([
    ...newestPerBucket(newestFirst, (b) => b.day, retention.daily),
    ...newestPerBucket(newestFirst, (b) => weekOf(b.day), retention.weekly),
    ...newestPerBucket(newestFirst, (b) => b.day.slice(0, 7), retention.monthly),
  ]);
}
