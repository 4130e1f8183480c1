import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_BACKUP_DELAY_MS } from '../../../main/services/backup/backup-job';
import { isStressRun, reportCampaign } from '../../support/campaign';
import { createManualTime } from '../../support/manual-scheduler';
import { useTestCores } from '../../support/test-core';
import { shopWithHistory } from '../../support/backup-setup';
import { valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();
const DAY = 86_400_000;
const dayAfter = (start: string, days: number) => new Date(new Date(`${start}T00:00:00Z`).getTime() + days * DAY).toISOString().slice(0, 10);
const instant = (day: string) => new Date(`${day}T19:00:00Z`).getTime();

/**
 * A shop's year of automatic backups with the manual clock, then what the folder keeps. `npm run stress`:
 * the PC on every day of 2026 (365 backups). `npm test`: the PC switched on only on Mondays from December
 * 2025, then every day of the last week of 2026 (63 backups, 13 months: the oldest month must go).
 * The expected days are written out from the calendar, not computed by the code under test.
 */
const scenario = isStressRun
  ? {
      onDays: Array.from({ length: 365 }, (_, i) => dayAfter('2026-01-01', i)),
      expected: [
        '2026-12-31', '2026-12-30', '2026-12-29', '2026-12-28', '2026-12-27', '2026-12-26', '2026-12-25',
        '2026-12-20', '2026-12-13',
        '2026-11-30', '2026-10-31', '2026-09-30', '2026-08-31', '2026-07-31', '2026-06-30',
        '2026-05-31', '2026-04-30', '2026-03-31', '2026-02-28', '2026-01-31',
      ],
    }
  : {
      onDays: [
        ...Array.from({ length: 56 }, (_, i) => dayAfter('2025-12-01', 7 * i)),
        ...Array.from({ length: 7 }, (_, i) => dayAfter('2026-12-25', i)),
      ],
      expected: [
        '2026-12-31', '2026-12-30', '2026-12-29', '2026-12-28', '2026-12-27', '2026-12-26', '2026-12-25',
        '2026-12-14', '2026-12-07',
        '2026-11-30', '2026-10-26', '2026-09-28', '2026-08-31', '2026-07-27', '2026-06-29',
        '2026-05-25', '2026-04-27', '2026-03-30', '2026-02-23', '2026-01-26',
      ],
    };

describe('backup rotation over a year', () => {
  it(`keeps 7 daily, 4 weekly and 12 monthly backups (${scenario.onDays.length} days with the app on)`, async () => {
    const first = scenario.onDays[0] as string;
    const time = createManualTime(new Date(instant(first)).toISOString());
    const shop = cores.open({ clock: time.clock, scheduler: time.scheduler });
    await shopWithHistory(shop);
    let failures = 0;
    for (const day of scenario.onDays) {
      // The PC is switched on that evening: the backup runs shortly after start, then the PC goes off.
      await time.advance(instant(day) - time.clock.now().getTime());
      shop.start();
      await time.advance(FIRST_BACKUP_DELAY_MS);
      await shop.backups.idle();
      await shop.stop();
      if (valueOf(await shop.invoke('backups:status', {})).lastGood?.day !== day) failures += 1;
    }
    const kept = valueOf(await shop.invoke('backups:status', {})).backups.map((b) => b.day);
    reportCampaign('rotation des sauvegardes', 'sauvegardes', scenario.onDays.length, failures);
    expect(failures).toBe(0);
    expect(kept).toEqual(scenario.expected);
    // Nothing else is left in the folder: every file has its record and every record its file.
    expect(readdirSync(join(shop.dataDir, 'backups')).filter((n) => n.endsWith('.sqlite'))).toHaveLength(scenario.expected.length);
    expect(readdirSync(join(shop.dataDir, 'backups')).filter((n) => n.endsWith('.json'))).toHaveLength(scenario.expected.length);
  }, 900_000);
});
