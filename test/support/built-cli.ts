import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
export const BUILT_CLI = join(ROOT, 'out/cli/facturier.js');

/** The built command line (`npm test` builds it before the tests; a file run alone builds it here). */
export function buildCliIfMissing(): void {
  if (existsSync(BUILT_CLI)) return;
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '-c', 'vite.cli.config.ts'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
  if (result.status !== 0) throw new Error('La construction de la ligne de commande a échoué.');
}
