import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, platform, release } from 'node:os';
import { parisToday } from '@shared/dates/french-dates';
import { APP_VERSION } from '../../app/app-version';
import type { Clock } from '../clock';
import type { DesktopActions } from '../desktop-actions';
import type { Launched } from '../tasks/launched';
import type { TaskRunner } from '../tasks/task-runner';
import { chooseDestination, deliverFile, type Delivered } from '../transfers/deliver-file';
import type { FileTransfers } from '../transfers/file-transfers';
import { logFiles } from './rotating-file';
import { scrubText } from './scrub';

/**
 * « Exporter le journal technique » (Réglages): the log files, oldest first, in one text file the user can
 * send to support, with a header saying which version on which system. Each line is scrubbed once more,
 * for lines an older version may have written.
 */
export function createLogExport(deps: { logDir: string; clock: Clock; tasks: TaskRunner; transfers: FileTransfers; desktop?: DesktopActions; schemaVersion: () => number }) {
  return {
    async export(): Promise<Launched<Delivered>> {
      const fileName = `Facturier-journal-technique-${parisToday(deps.clock.now())}.log`;
      const destination = await chooseDestination(deps.desktop, { title: 'Enregistrer le journal technique', defaultName: fileName, filters: [{ name: 'Journal', extensions: ['log', 'txt'] }] });
      if (!destination) return { status: 'cancelled' };
      const { taskId, result } = deps.tasks.start(
        'logs-export',
        'Export du journal technique',
        (context) =>
          deliverFile(
            destination,
            async (path) => {
              const files = logFiles(deps.logDir);
              let schema = '?';
              try {
                schema = String(deps.schemaVersion());
              } catch {
                // The database may be the very thing that broke: the log is exported all the same.
              }
              const header = [
                `# Journal technique de Facturier ${APP_VERSION}`,
                `# Exporté le ${deps.clock.now().toISOString()} ; système ${platform()} ${release()} ${arch()} ; Node ${process.versions.node} ; base de données v${schema}`,
                '# Ce fichier ne contient ni secret ni coordonnées bancaires : il dit ce qui a échoué et où.',
                '',
              ].join('\n');
              writeFileSync(path, `${header}\n`, { mode: 0o600 });
              for (const [index, file] of files.entries()) {
                context.progress(index, files.length, 'Copie du journal…');
                const lines = readFileSync(file, 'utf8').split('\n').map((line) => scrubText(line, Infinity)).join('\n');
                appendFileSync(path, lines);
                await new Promise((resolve) => setImmediate(resolve));
              }
            },
            { fileName, mimeType: 'text/plain; charset=utf-8', workPath: deps.transfers.workPath(fileName), transfers: deps.transfers },
          ),
        { outcome: (file) => ({ file, message: 'Journal technique exporté.' }) },
      );
      return { status: 'started', taskId, result };
    },
  };
}

export type LogExport = ReturnType<typeof createLogExport>;
