import { describe, expect, it } from 'vitest';
import { BACKUP_INTERVAL_MS, FIRST_BACKUP_DELAY_MS } from '../../../main/services/backup/backup-job';
import { createManualTime } from '../../support/manual-scheduler';
import { useTestCores } from '../../support/test-core';
import { backupFiles, shopWithHistory } from '../../support/backup-setup';
import { valueOf } from '../../support/invoicing-setup';

const cores = useTestCores();
const DAY = 86_400_000;

describe('automatic backups', () => {
  it('backs up shortly after start, then every day, and says when the last good one is overdue', async () => {
    const time = createManualTime('2026-03-02T08:00:00Z');
    const shop = cores.open({ clock: time.clock, scheduler: time.scheduler });
    await shopWithHistory(shop);
    expect(valueOf(await shop.invoke('backups:status', {}))).toMatchObject({ lastGood: null, isOverdue: true });
    shop.start();
    await time.advance(FIRST_BACKUP_DELAY_MS - 1);
    expect(valueOf(await shop.invoke('backups:status', {})).lastGood).toBeNull();
    await time.advance(1);
    await shop.backups.idle();
    const first = valueOf(await shop.invoke('backups:status', {}));
    expect(first).toMatchObject({ isOverdue: false, lastGood: { kind: 'auto', day: '2026-03-02', issuedInvoices: 4 } });
    await time.advance(BACKUP_INTERVAL_MS);
    await shop.backups.idle();
    expect(backupFiles(shop.dataDir)).toHaveLength(2);

    // The app stops (a shop PC switched off for a fortnight): after 7 days Accueil warns.
    await shop.stop();
    await time.advance(7 * DAY);
    expect(valueOf(await shop.invoke('backups:status', {})).isOverdue).toBe(false);
    await time.advance(1);
    expect(valueOf(await shop.invoke('backups:status', {})).isOverdue).toBe(true);
  });
});
