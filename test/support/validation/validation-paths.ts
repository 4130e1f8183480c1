import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REQUIRED_FILES } from './artefacts';

type Env = Readonly<Record<string, string | undefined>>;

/** This file lives in test/support/validation/, three levels below the project root. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The official artefacts are not copied into the project (licences, and they are shared by several
 * checkouts): CI puts them beside the checkout. A relative FACTURIER_VALIDATION_DIR is resolved from
 * the project root, not the cwd, so running a single test from a sub-folder gives the same answer.
 */
export function resolveValidationDir(env: Env = process.env): string {
  const fromEnv = env['FACTURIER_VALIDATION_DIR']?.trim();
  const dir = fromEnv ? fromEnv : '../shared/validation';
  return isAbsolute(dir) ? dir : resolve(PROJECT_ROOT, dir);
}

/** Compiled SEFs are build products (git-ignored `.cache/`); CI may point this at its cache mount. */
export function resolveCacheDir(env: Env = process.env): string {
  const fromEnv = env['FACTURIER_VALIDATION_CACHE_DIR']?.trim();
  if (!fromEnv) return join(PROJECT_ROOT, '.cache', 'validation');
  return isAbsolute(fromEnv) ? fromEnv : resolve(PROJECT_ROOT, fromEnv);
}

export function isCi(env: Env = process.env): boolean {
  const ci = env['CI']?.trim().toLowerCase();
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

export type Availability = { available: true; dir: string } | { available: false; dir: string; reason: string };

/** Checks every file the oracle needs plus the xmllint binary; never throws. */
export function checkValidationAvailability(env: Env = process.env): Availability {
  const dir = resolveValidationDir(env);
  if (!existsSync(dir)) {
    return { available: false, dir, reason: `validation artefacts folder not found: ${dir} (set FACTURIER_VALIDATION_DIR, default ../shared/validation from the project root)` };
  }
  const missing = REQUIRED_FILES.filter((file) => !existsSync(join(dir, file)));
  if (missing.length > 0) {
    return { available: false, dir, reason: `validation artefacts incomplete in ${dir}; missing: ${missing.join(', ')}` };
  }
  const xmllint = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (xmllint.error) {
    return { available: false, dir, reason: `xmllint not runnable (${xmllint.error.message}); install the Debian package libxml2-utils` };
  }
  return { available: true, dir };
}

/**
 * For `describe.skipIf(!validationAvailable())`. Locally a missing oracle is a skip (with the reason
 * printed once); in CI (env CI set) it throws, because a silently skipped oracle would let
 * non-conformant invoices through.
 */
export function validationAvailable(env: Env = process.env): boolean {
  const availability = checkValidationAvailability(env);
  if (availability.available) return true;
  if (isCi(env)) throw new Error(`[validation oracle] CI=true and ${availability.reason}`);
  if (!warnedReasons.has(availability.reason)) {
    warnedReasons.add(availability.reason);
    console.warn(`[validation oracle] skipped: ${availability.reason}`);
  }
  return false;
}
const warnedReasons = new Set<string>();

/** The validators call this: whatever the environment, running without the artefacts is an error. */
export function requireValidationDir(env: Env = process.env): string {
  const availability = checkValidationAvailability(env);
  if (!availability.available) throw new Error(`[validation oracle] ${availability.reason}`);
  return availability.dir;
}
