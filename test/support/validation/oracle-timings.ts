import { join } from 'node:path';
import { SCHEMAS } from './artefacts';
import { runSchematron } from './schematron';
import { loadStylesheet } from './stylesheet-cache';
import type { RuleSetId, SchemaId } from './types';
import { checkBrFr, validateCii, validateFacturXXml, validateUbl } from './validators';
import { requireValidationDir, resolveCacheDir } from './validation-paths';
import { validateAgainstXsd } from './xsd';

export interface TimingRow {
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

/**
 * Warm cost of each piece of the oracle and of each public validator, median of `runs` calls on the
 * reference invoices. Why medians: the first calls after a load pay for JIT warm-up and GC, which
 * the compile/load figures already account for separately.
 */
export async function measureOracleTimings(samples: { cii: string; ubl: string }, runs = 20): Promise<TimingRow[]> {
  const dir = requireValidationDir();
  const cache = resolveCacheDir();
  const xsd = (schema: SchemaId, xml: string) => () => validateAgainstXsd(xml, join(dir, SCHEMAS[schema]));
  const schematron = async (id: RuleSetId, xml: string) => {
    const stylesheet = await loadStylesheet(id, dir, cache);
    return () => runSchematron(stylesheet, xml);
  };
  const rows: TimingRow[] = [];
  const measure = async (name: string, run: () => unknown): Promise<void> => {
    await run(); // one untimed call: the first run after load elaborates the SEF lazily
    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const started = performance.now();
      await run();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const middle = Math.floor(times.length / 2);
    const median = times.length % 2 ? (times[middle] ?? 0) : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
    rows.push({ name, medianMs: median, minMs: times[0] ?? 0, maxMs: times[times.length - 1] ?? 0, runs });
  };
  await measure('xmllint Factur-X EN16931 XSD (CII)', xsd('facturx-en16931-xsd', samples.cii));
  await measure('xmllint CII D16B XSD', xsd('cii-d16b-xsd', samples.cii));
  await measure('xmllint UBL 2.1 Invoice XSD', xsd('ubl-invoice-xsd', samples.ubl));
  await measure('schematron EN16931 CII', await schematron('en16931-cii', samples.cii));
  await measure('schematron EN16931 UBL', await schematron('en16931-ubl', samples.ubl));
  await measure('schematron Factur-X EN16931', await schematron('facturx-en16931', samples.cii));
  await measure('schematron BR-FR CII', await schematron('br-fr-cii', samples.cii));
  await measure('validateCii', () => validateCii(samples.cii));
  await measure('validateFacturXXml', () => validateFacturXXml(samples.cii));
  await measure('validateUbl', () => validateUbl(samples.ubl));
  await measure('checkBrFr', () => checkBrFr(samples.cii));
  return rows;
}

export function formatTimings(rows: readonly TimingRow[]): string {
  const width = Math.max(...rows.map((row) => row.name.length));
  return rows
    .map((row) => `${row.name.padEnd(width)}  median ${row.medianMs.toFixed(1).padStart(6)} ms  (min ${row.minMs.toFixed(1)}, max ${row.maxMs.toFixed(1)}, n=${row.runs})`)
    .join('\n');
}
