import '../invoicing.css';
import './records.css';
import type { BackupRecord } from '@shared/backup/backup-views';
import { formatDateTime } from '@shared/dates/french-dates';
import { useChannelQuery } from '../../api/queries';
import { t, tp } from '../../i18n/t';
import { LoadState } from '../invoicing/components/load-state';
import { formatFileSize } from '../invoicing/detail/file-download';
import { RestoreBackup } from './restore-backup';
import { SaveBackupForm } from './save-backup-form';

const kindLabel = (kind: BackupRecord['kind']) => t(`backups.kind.${kind}`);

/** The file's own name, not the folders above it (a path on a USB key, or a name in the backups folder). */
const baseName = (location: string) => location.split(/[\\/]/).at(-1) ?? location;

/** Réglages › Sauvegardes: the last good backup, the known ones, « Sauvegarder maintenant », restore. */
export function BackupsSection() {
  const status = useChannelQuery('backups:status', {});
  const value = status.data;
  return (
    <section className="card" aria-labelledby="settings-sauvegardes" data-testid="backups-settings">
      <h2 id="settings-sauvegardes" tabIndex={-1}>
        {t('settings.section.sauvegardes')}
      </h2>
      <p>{t('backups.intro')}</p>
      <LoadState isLoading={status.isPending} error={status.error} />
      {value ? (
        <>
          <p data-testid="backup-last-good" className={value.isOverdue ? 'warning' : undefined}>
            {value.lastGood
              ? t('backups.lastGood', { date: formatDateTime(value.lastGood.at), kind: kindLabel(value.lastGood.kind), pieces: tp('backups.pieces', value.lastGood.issuedInvoices) })
              : t('backups.none')}
            {value.isOverdue && value.lastGood ? ` ${t('backups.overdue')}` : ''}
          </p>
          <p className="muted">{t('backups.folder', { folder: value.folder })}</p>
          <p className="notice">{t('backups.elsewhere')}</p>
          <BackupList backups={value.backups} />
        </>
      ) : null}
      <SaveBackupForm />
      <RestoreBackup />
    </section>
  );
}

function BackupList({ backups }: { backups: readonly BackupRecord[] }) {
  return (
    <>
      <h3 id="backup-list-title">{t('backups.listTitle')}</h3>
      {backups.length === 0 ? (
        <p>{t('backups.listEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" aria-labelledby="backup-list-title" data-testid="backup-list">
            <thead>
              <tr>
                <th scope="col">{t('backups.column.date')}</th>
                <th scope="col">{t('backups.column.kind')}</th>
                <th scope="col">{t('backups.column.pieces')}</th>
                <th scope="col">{t('backups.column.size')}</th>
                <th scope="col">{t('backups.column.secrets')}</th>
                <th scope="col">{t('backups.column.location')}</th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.id}>
                  <th scope="row">{formatDateTime(backup.at)}</th>
                  <td>{kindLabel(backup.kind)}</td>
                  <td className="num">{backup.issuedInvoices}</td>
                  <td className="num">{formatFileSize(backup.size)}</td>
                  <td>{t(backup.hasSecrets ? 'backups.secrets.yes' : 'backups.secrets.no')}</td>
                  <td title={backup.location}>{baseName(backup.location)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
