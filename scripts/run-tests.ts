/**
 * `npm test`: typecheck, lint, build, then every vitest test (unit, integration, end to end in Chromium).
 * Ends with the plain line `N passed, N failed, N skipped` that CI reads, and exits non-zero on any failure.
 * Typecheck, lint and build count as one check each.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(__dirname, '..');
const bin = (name: string) => resolve(root, 'node_modules/.bin', name);
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' };
const resultsFile = resolve(root, '.vitest-results.json');

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  const ok = result.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: Array<{ name: string; assertionResults: Array<{ fullName: string; status: string }> }>;
}

const checks = [
  run('Vérification des types (main, shared, tests)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.node.json']),
  run('Vérification des types (interface)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.web.json']),
  run('Lint', bin('eslint'), ['--max-warnings', '0', '.']),
  run('Construction (main, preload, interface)', bin('electron-vite'), ['build']) &&
    run('Construction (ligne de commande)', bin('vite'), ['build', '-c', 'vite.cli.config.ts']),
];

rmSync(resultsFile, { force: true });
const extraArgs = process.argv.slice(2);
const vitestOk = run('Tests (unitaires, intégration, bout en bout)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${resultsFile}`,
  ...extraArgs,
]);

let passed = checks.filter(Boolean).length;
let failed = checks.length - passed;
let skipped = 0;
if (existsSync(resultsFile)) {
  const report = JSON.parse(readFileSync(resultsFile, 'utf8')) as VitestJson;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  for (const file of report.testResults) {
    for (const test of file.assertionResults) if (test.status === 'skipped' || test.status === 'pending') console.log(`↷ ignoré : ${test.fullName}`);
  }
  if (!vitestOk && report.numFailedTests === 0) failed += 1; // a file that failed to load, or vitest itself
} else {
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
