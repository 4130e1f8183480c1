/**
 * Pre-compiles the validation oracle's schematron XSLTs to SEF (in .cache/validation/, or
 * FACTURIER_VALIDATION_CACHE_DIR) so a CI job can build and cache them before the tests run.
 * Usage: npx tsx scripts/compile-validators.ts [--jobs=N]
 * A cold run takes ~30–50 s on a 2-core machine; a warm one only loads the cached SEFs (<1 s).
 */
import { ALL_RULE_SETS, requireValidationDir, resolveCacheDir, saxonLoadMs, describeStylesheetStats, warmUpValidators } from '../test/support/validation/index';

async function main(): Promise<void> {
  const jobsArgument = process.argv.find((argument) => argument.startsWith('--jobs='));
  const jobs = jobsArgument ? Number(jobsArgument.slice('--jobs='.length)) : 2;
  const dir = requireValidationDir();
  console.log(`validation artefacts: ${dir}\nSEF cache: ${resolveCacheDir()}`);
  const started = performance.now();
  await warmUpValidators(ALL_RULE_SETS, jobs);
  console.log(`SaxonJS engine loaded in ${saxonLoadMs()?.toFixed(0)} ms`);
  console.log(describeStylesheetStats());
  console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
