/**
 * Profiles one directory import outside the benchmark: `npx tsx --cpu-prof test/bench/support/profile-directory-import.ts <file>`
 * (the benchmark's cached files are in the OS temporary folder, see public-directory.bench.ts).
 */
import { performance } from 'node:perf_hooks';
import { openDirectoryDatabase } from '../../../main/db/public-directory/open-directory-database';
import { EventBus } from '../../../main/events/event-bus';
import { systemClock } from '../../../main/services/clock';
import { createPublicDirectoryService } from '../../../main/services/public-directory/public-directory-service';
import { createTaskRunner } from '../../../main/services/tasks/task-runner';
import { makeTempDir } from '../../support/temp-dir';

async function main(): Promise<void> {
  const path = process.argv[2] as string;
  const dir = makeTempDir('facturier-profile-');
  const db = openDirectoryDatabase(dir.path);
  const events = new EventBus();
  const service = createPublicDirectoryService({ db, dataDir: dir.path, clock: systemClock, tasks: createTaskRunner(events), events });
  const steps: string[] = [];
  const started = performance.now();
  const ended = new Promise<string>((resolve) =>
    events.subscribe((event, payload) => {
      const progress = payload as { state: string; message?: string };
      if (event !== 'task:progress') return;
      const step = progress.message?.replace(/[\d\s]+/g, '#') ?? '';
      if (!steps.includes(step)) {
        steps.push(step);
        console.log(`${Math.round(performance.now() - started)} ms  ${progress.message ?? ''}`);
      }
      if (progress.state !== 'running') resolve(`${progress.state} ${progress.message ?? ''}`);
    }),
  );
  const cpu = process.cpuUsage();
  service.importFile(path);
  console.log(await ended);
  const used = process.cpuUsage(cpu);
  console.log(`wall ${Math.round(performance.now() - started)} ms, cpu ${Math.round((used.user + used.system) / 1000)} ms`, service.status().current?.structures);
  db.close();
  dir.remove();
}

void main();
