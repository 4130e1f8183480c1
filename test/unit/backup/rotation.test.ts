import { describe, expect, it } from 'vitest';
import { backupsToKeep, weekOf } from '../../../main/services/backup/rotation';

const backup = (day: string, hour = '19') => ({ day, at: `${day}T${hour}:00:00.000Z` });

describe('which automatic backups are kept', () => {
  it('groups days into ISO weeks that begin on Monday, across the new year', () => {
    expect(weekOf('2026-12-31')).toBe('2026-12-28');
    expect(weekOf('2027-01-03')).toBe('2026-12-28');
    expect(weekOf('2027-01-04')).toBe('2027-01-04');
    expect(weekOf('2026-03-29')).toBe('2026-03-23');
  });

  it('keeps only the newest backup of a day when the app started several times', () => {
    const morning = backup('2026-06-01', '07');
    const evening = backup('2026-06-01', '18');
    expect([...backupsToKeep([morning, evening])]).toEqual([evening]);
  });

  it('keeps everything while there are fewer backups than the retention', () => {
    const few = ['2026-06-01', '2026-06-09', '2026-07-20'].map((day) => backup(day));
    expect(backupsToKeep(few).size).toBe(3);
  });

  it('drops a day that is neither among the last 7 nor the newest of its week or month', () => {
    const days = Array.from({ length: 14 }, (_, i) => backup(`2026-06-${String(i + 1).padStart(2, '0')}`));
    const kept = [...backupsToKeep(days)].map((b) => b.day).sort();
    // 8–14 June (the last 7), Sunday 7 June (newest of its week); 1–6 June go.
    expect(kept).toEqual(['2026-06-07', '2026-06-08', '2026-06-09', '2026-06-10', '2026-06-11', '2026-06-12', '2026-06-13', '2026-06-14']);
  });
});
