import { useChannelMutation } from '../../api/queries';
import { t } from '../../i18n/t';
import { LaunchButton } from './launch-button';
import { TaskStatus } from './task-status';
import { useTaskRun } from './use-task-run';

/** « Archive des factures et avoirs »: every issued piece, the ledger and the manifest, as one ZIP. */
export function ArchiveSection() {
  const exportArchive = useChannelMutation('exports:archive');
  const run = useTaskRun();
  return (
    <section className="card" aria-labelledby="exports-archive">
      <h2 id="exports-archive">{t('exports.archive.title')}</h2>
      <p>{t('exports.archive.text')}</p>
      <LaunchButton label={t('exports.archive.button')} isBusy={exportArchive.isPending || run.isRunning} onLaunch={async () => run.follow(await exportArchive.mutateAsync({}), '')} />
      <TaskStatus run={run} label={t('exports.archive.title')} testId="archive-export-status" />
    </section>
  );
}
