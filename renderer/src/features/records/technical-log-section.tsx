import { useChannelMutation } from '../../api/queries';
import { t } from '../../i18n/t';
import { TaskStatus } from './task-status';
import { useTaskRun } from './use-task-run';
import { LaunchButton } from './launch-button';

/** Réglages › Journal technique: the log files in one file for support (downloaded, or saved where chosen). */
export function TechnicalLogSection() {
  const exportLogs = useChannelMutation('logs:export');
  const run = useTaskRun();
  return (
    <section className="card" aria-labelledby="settings-journal-technique">
      <h2 id="settings-journal-technique" tabIndex={-1}>
        {t('settings.section.journal-technique')}
      </h2>
      <p>{t('logs.text')}</p>
      <LaunchButton label={t('logs.button')} isBusy={exportLogs.isPending || run.isRunning} onLaunch={async () => run.follow(await exportLogs.mutateAsync({}), '')} />
      <TaskStatus run={run} label={t('logs.button')} testId="logs-export-status" />
    </section>
  );
}
