/**
 * `npm run stress`: the long campaigns at full size (kills mid-issue and mid-send, IPC and HTTP fuzzing,
 * tampering). They are the `*.campaign.test.ts` files, which `npm test` also runs with reduced counts.
 * Prints one line per campaign (cases, failures) and exits non-zero on any failure.
 * `npm run stress -- name` runs only the test files whose path contains "name" (give a campaign's).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { CAMPAIGN_RESULTS_FILE } from '../test/support/campaign';

const root = resolve(__dirname, '..');
rmSync(CAMPAIGN_RESULTS_FILE, { force: true });
const filter = process.argv[2];
const result = spawnSync(
  resolve(root, 'node_modules/.bin/vitest'),
  ['run', '--testTimeout=0', '--hookTimeout=0', filter ?? 'campaign.test.ts'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, FACTURIER_STRESS: '1', NO_COLOR: '1' } },
);

interface CampaignLine {
  name: string;
  unit: string;
  cases: number;
  failures: number;
}
const lines: CampaignLine[] = existsSync(CAMPAIGN_RESULTS_FILE)
  ? readFileSync(CAMPAIGN_RESULTS_FILE, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as CampaignLine)
  : [];
console.log('\nCampagnes');
for (const line of lines) console.log(`  ${line.name.padEnd(48)} ${String(line.cases).padStart(8)} ${line.unit.padEnd(12)} ${line.failures} échec(s)`);
const failures = lines.reduce((sum, l) => sum + l.failures, 0);
console.log(`\n${lines.length} campagne(s), ${lines.reduce((s, l) => s + l.cases, 0)} cas, ${failures} échec(s)`);
process.exit(result.status === 0 && failures === 0 ? 0 : 1);
