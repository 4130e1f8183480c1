import { spawnSync } from 'node:child_process';

export interface XsdResult {
  /** `line N: message`, one per xmllint diagnostic. */
  errors: string[];
  /** The document could not even be parsed: schematron would only repeat the parse error. */
  wellFormed: boolean;
}

/** Exit codes of xmllint that describe the document rather than the set-up (see `man xmllint`). */
const EXIT_OK = 0;
const EXIT_PARSE_ERROR = 1;
const EXIT_INVALID = 3;

/**
 * `xmllint --noout --schema` on stdin. Why a child process rather than an in-process library: it is
 * the reference libxml2 build, already on Debian CI images, and costs ~15 ms (CII) to ~70 ms (UBL,
 * whose 2.4 MB aggregate-components schema is recompiled each call), which is fine for tests.
 * `--nonet` keeps the run offline even if a schema referenced a remote import.
 */
export function validateAgainstXsd(xml: string, xsdPath: string): XsdResult {
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', xsdPath, '-'], {
    input: xml,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) {
    throw new Error(`[validation oracle] xmllint could not run (${result.error.message}); install the Debian package libxml2-utils`);
  }
  const errors = parseDiagnostics(result.stderr);
  switch (result.status) {
    case EXIT_OK:
      return { errors: [], wellFormed: true };
    case EXIT_INVALID:
      return { errors: errors.length > 0 ? errors : [result.stderr.trim()], wellFormed: true };
    case EXIT_PARSE_ERROR:
      return { errors: errors.length > 0 ? errors : [result.stderr.trim()], wellFormed: false };
    default:
      // 5 = the schema itself did not compile, etc.: a broken oracle, not a broken invoice.
      throw new Error(`[validation oracle] xmllint exit ${result.status} with schema ${xsdPath}:\n${result.stderr}`);
  }
}

/**
 * xmllint prints `-:25: element X: Schemas validity error : ...`; parser errors add two context lines
 * (source excerpt and caret) that are dropped. Only the "-:N:" lines are kept, as `line N: ...`.
 */
function parseDiagnostics(stderr: string): string[] {
  const errors: string[] = [];
  for (const line of stderr.split('\n')) {
    const match = /^-:(\d+): (.*)$/.exec(line);
    if (match) errors.push(`line ${match[1]}: ${match[2]}`);
  }
  return errors;
}
