/**
 * `npm run test:differential`: 1,000 generated invoices that our pre-issue checks accept, each serialized
 * to CII and UBL and run through the official validators. Prints `N passed, N failed` and the first
 * failures' reports; exits 1 on any failure. Options: --runs N, --seed N (env FACTURIER_DIFFERENTIAL_SEED).
 */
import fc from 'fast-check';
import { assertAcceptedByValidators, issuableDocumentArbitrary } from '../test/support/corpus/differential';
import { warmUpValidators } from '../test/support/validation';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : undefined;
  return value === undefined ? fallback : Number(value);
}

async function main(): Promise<number> {
  const runs = option('runs', 1000);
  const seed = option('seed', Number(process.env['FACTURIER_DIFFERENTIAL_SEED'] ?? Date.now() % 2 ** 31));
  console.log(`Differential: ${runs} invoices, seed ${seed}`);
  await warmUpValidators(['en16931-cii', 'en16931-ubl', 'facturx-en16931']);
  const started = performance.now();
  let passed = 0;
  const failures: string[] = [];
  for (const doc of fc.sample(issuableDocumentArbitrary, { numRuns: runs, seed })) {
    try {
      await assertAcceptedByValidators(doc);
      passed++;
    } catch (error) {
      failures.push((error as Error).message);
    }
    const done = passed + failures.length;
    if (done % 100 === 0) console.log(`  ${done}/${runs} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
  for (const failure of failures.slice(0, 5)) console.log(`\n✘ ${failure}`);
  console.log(`\n${passed} passed, ${failures.length} failed`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
