import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { STYLESHEETS } from './artefacts';
import { saxonJs } from './saxon';
import { ensureSef } from './sef-compiler';
import type { RuleSetId } from './types';

export interface LoadedStylesheet {
  id: RuleSetId;
  sef: unknown;
  /** A URI beside the source XSLT, so relative document() calls find their companion files. */
  baseUri: string;
  documentPool: Record<string, unknown>;
}

export interface StylesheetStats {
  id: RuleSetId;
  /** xslt3 compile time when this process compiled it; undefined when the SEF was already cached. */
  compileMs: number | undefined;
  /** Set when another process was compiling it and this one waited for the result. */
  waitedMs: number | undefined;
  /** Reading and parsing the SEF JSON plus the pooled documents. */
  loadMs: number;
  sefPath: string;
}

const loaded = new Map<string, Promise<LoadedStylesheet>>();
const stats = new Map<RuleSetId, StylesheetStats>();

/**
 * One parse per process and stylesheet. Why in memory: passing `stylesheetFileName` to SaxonJS
 * re-reads and re-parses the 3–7 MB SEF on every call (~300 ms); the parsed object is reusable.
 * Concurrent callers share the same promise, so a stylesheet is never loaded twice.
 */
export function loadStylesheet(id: RuleSetId, validationDir: string, cacheDir: string): Promise<LoadedStylesheet> {
  const key = `${id}\0${validationDir}\0${cacheDir}`;
  let promise = loaded.get(key);
  if (!promise) {
    promise = load(id, validationDir, cacheDir);
    // A failed load must not poison the process: the next caller retries (and sees the error again).
    promise.catch(() => loaded.delete(key));
    loaded.set(key, promise);
  }
  return promise;
}

async function load(id: RuleSetId, validationDir: string, cacheDir: string): Promise<LoadedStylesheet> {
  const spec = STYLESHEETS[id];
  const xsltPath = join(validationDir, spec.xslt);
  const compiled = await ensureSef(xsltPath, cacheDir);
  const saxon = saxonJs(); // loaded outside the timing: the engine is shared by every stylesheet
  const started = performance.now();
  const sef: unknown = JSON.parse(readFileSync(compiled.path, 'utf8'));
  const sourceDir = dirname(xsltPath);
  const documentPool: Record<string, unknown> = {};
  for (const document of spec.documents) {
    const uri = pathToFileURL(join(sourceDir, document)).href;
    // Pooled: the 190 KB Factur-X code DB is then parsed once per process, not once per validation (~20 ms).
    documentPool[uri] = await saxon.getResource({ location: uri, type: 'xml' });
  }
  const loadMs = performance.now() - started;
  stats.set(id, { id, compileMs: compiled.compileMs, waitedMs: compiled.waitedMs, loadMs, sefPath: compiled.path });
  return { id, sef, baseUri: pathToFileURL(xsltPath.replace(/\.xslt?$/, '.sef.json')).href, documentPool };
}

/** Timings of what this process compiled and loaded, for the oracle's own performance report. */
export function stylesheetStats(): StylesheetStats[] {
  return [...stats.values()];
}

/** One line per stylesheet: where its SEF came from and what that cost. */
export function describeStylesheetStats(): string {
  return stylesheetStats()
    .map((s) => {
      const origin =
        s.compileMs !== undefined
          ? `compiled in ${(s.compileMs / 1000).toFixed(1)} s`
          : s.waitedMs !== undefined
            ? `compiled by another process (waited ${(s.waitedMs / 1000).toFixed(1)} s)`
            : 'SEF from cache';
      return `${s.id.padEnd(16)} ${origin}, loaded in ${s.loadMs.toFixed(0)} ms (${s.sefPath})`;
    })
    .join('\n');
}
