import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Long campaigns (kills, fuzzing, tampering) are ordinary tests whose size depends on the run: a reduced
 * count in `npm test`, the full count under `npm run stress` (FACTURIER_STRESS=1). Each campaign reports
 * what it ran, and `npm run stress` prints the table.
 */
export const isStressRun = process.env.FACTURIER_STRESS === '1';

export function campaignSize(full: number, reduced: number): number {
  return isStressRun ? full : reduced;
}

export const CAMPAIGN_RESULTS_FILE = resolve(__dirname, '../../.stress-results.jsonl');

/** One line per campaign run: `npm run stress` reads them back; failures also fail the test itself. */
export function reportCampaign(name: string, unit: string, cases: number, failures: number): void {
  const line = JSON.stringify({ name, unit, cases, failures, isStress: isStressRun, at: new Date().toISOString() });
  appendFileSync(CAMPAIGN_RESULTS_FILE, `${line}\n`);
  console.log(`campagne ${name} : ${cases} ${unit}, ${failures} échec(s)`);
}
