import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { sharedAlias } from '../../shared-alias.config';

/** The environment a bundled worker runs with: its packages are found in the project's node_modules. */
export const WORKER_ENV = { ...process.env, NODE_PATH: resolve(__dirname, '../../node_modules') };

/**
 * A test child process as one CommonJS file (our code bundled, packages left to node_modules, found
 * through WORKER_ENV), so each start costs Node's start and not a TypeScript compile: the kill campaign
 * starts hundreds of them.
 */
export async function bundleWorker(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, 'worker.cjs');
  await build({
    entryPoints: [resolve(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    alias: sharedAlias,
    logLevel: 'silent',
  });
  return outfile;
}
