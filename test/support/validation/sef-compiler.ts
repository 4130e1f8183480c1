import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { produceOnce } from './file-lock';
import { xslt3CliPath, xslt3Version } from './saxon';

/** Bump when the compile options below change, so old SEFs are not reused. */
const COMPILE_OPTIONS_VERSION = 'relocatable-1';

export interface CompiledSef {
  path: string;
  /** Wall time of the compile when this process ran it. */
  compileMs: number | undefined;
  /** Time spent waiting for another process that was compiling the same SEF. */
  waitedMs: number | undefined;
}

/**
 * Path of the cached SEF for an XSLT: `<name>.<sha256 prefix>.sef.json`. The key covers the XSLT
 * bytes, the xslt3 release and our compile options, so editing or upgrading any of them recompiles.
 */
export function sefPathFor(xsltPath: string, cacheDir: string): string {
  const hash = createHash('sha256')
    .update(readFileSync(xsltPath))
    .update(`\0${xslt3Version()}\0${COMPILE_OPTIONS_VERSION}`)
    .digest('hex')
    .slice(0, 16);
  return join(cacheDir, `${basename(xsltPath).replace(/\.xslt?$/, '')}.${hash}.sef.json`);
}

/**
 * Compiles once, then reuses. A compile is slow: measured on a 2-core machine (xslt3 2.7, Node 20),
 * one at a time: EN16931-CII ~15 s, EN16931-UBL ~14 s, Factur-X ~12 s, BR-FR ~7 s (48 s in all);
 * two at a time each takes ~1.3x longer but the four finish in ~32 s. Loading a cached SEF takes
 * 20–100 ms. The SEF is written to a unique temp file then renamed, so concurrent attempts (vitest
 * forks, the pre-compile script) never expose a half-written file.
 */
export async function ensureSef(xsltPath: string, cacheDir: string): Promise<CompiledSef> {
  const target = sefPathFor(xsltPath, cacheDir);
  if (existsSync(target)) return { path: target, compileMs: undefined, waitedMs: undefined };
  mkdirSync(cacheDir, { recursive: true });
  let compileMs: number | undefined;
  const waitStarted = performance.now();
  await produceOnce(target, async () => {
    const started = performance.now();
    const temp = `${target}.${process.pid}.${Date.now()}.tmp`;
    try {
      await runXslt3(xsltPath, temp);
      renameSync(temp, target);
    } finally {
      rmSync(temp, { force: true });
    }
    compileMs = performance.now() - started;
  });
  return { path: target, compileMs, waitedMs: compileMs === undefined ? performance.now() - waitStarted : undefined };
}

/**
 * `-relocate:on` makes the SEF independent of where the XSLT was compiled: its static base URI comes
 * from `stylesheetBaseURI` at run time. Without it the absolute compile path is baked in, and a SEF
 * restored from a CI cache in another checkout would resolve document() against a stale path.
 */
function runXslt3(xsltPath: string, exportPath: string): Promise<void> {
  const args = [xslt3CliPath(), `-xsl:${xsltPath}`, `-export:${exportPath}`, '-nogo', '-relocate:on'];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && existsSync(exportPath)) resolvePromise();
      else reject(new Error(`[validation oracle] xslt3 failed (exit ${code}) compiling ${xsltPath}:\n${output.slice(-4000)}`));
    });
  });
}
