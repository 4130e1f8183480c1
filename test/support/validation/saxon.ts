import { createRequire } from 'node:module';

/**
 * The slice of the saxon-js 2 API the oracle uses. saxon-js ships no type declarations; typing it
 * here (instead of an ambient `declare module`) keeps the declaration private to the oracle.
 */
export interface SaxonTransformOptions {
  stylesheetInternal: unknown;
  stylesheetBaseURI: string;
  sourceText: string;
  destination: 'serialized';
  documentPool?: Record<string, unknown>;
}

export interface SaxonJsApi {
  transform(options: SaxonTransformOptions, execution: 'sync'): { principalResult: string };
  getResource(options: { location: string; type: 'xml' }): Promise<unknown>;
}

const require = createRequire(import.meta.url);
let saxon: SaxonJsApi | undefined;
let engineLoadMs: number | undefined;

/** Loaded lazily: the 2.4 MB engine takes ~200 ms to load and only the validation tests need it. */
export function saxonJs(): SaxonJsApi {
  if (!saxon) {
    const started = performance.now();
    saxon = require('saxon-js') as SaxonJsApi;
    engineLoadMs = performance.now() - started;
  }
  return saxon;
}

/** How long this process spent loading the SaxonJS engine (undefined until it is loaded). */
export function saxonLoadMs(): number | undefined {
  return engineLoadMs;
}

/** Part of the SEF cache key: a SEF is only guaranteed to load in the SaxonJS release that wrote it. */
export function xslt3Version(): string {
  return (require('xslt3/package.json') as { version: string }).version;
}

/** Path of the xslt3 CLI, run with the current node binary (no reliance on npx or PATH). */
export function xslt3CliPath(): string {
  return require.resolve('xslt3/xslt3.js');
}
