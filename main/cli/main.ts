/**
 * Entry point of `facturier`, built to out/cli/facturier.js (vite.cli.config.ts) where package.json's "bin"
 * points: an installed app runs it with node alone.
 * Unexpected errors print their stack and exit 3, distinct from the documented 0, 1 and 2.
 */
import { localToday } from './cli-io';
import { runCli } from './run-cli';

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  today: localToday(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Erreur inattendue : ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
  },
);
