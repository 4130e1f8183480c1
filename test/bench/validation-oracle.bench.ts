import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { measureOracleTimings, warmUpValidators } from '../support/validation';
import { result, type BenchResult } from './bench-harness';

/** Warm cost of each official validator on the reference invoices (what every document test pays). */
export async function run(): Promise<BenchResult[]> {
  const fixtures = resolve(__dirname, '../support/validation/fixtures');
  await warmUpValidators();
  const rows = await measureOracleTimings(
    { cii: readFileSync(resolve(fixtures, 'me-franchise.cii.xml'), 'utf8'), ubl: readFileSync(resolve(fixtures, 'me-franchise.ubl.xml'), 'utf8') },
    20,
  );
  return rows.map((row) => result(`validateur : ${row.name} (médiane)`, row.medianMs, 'ms'));
}
