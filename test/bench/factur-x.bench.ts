import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { franchiseInvoice } from '../support/pdf/pdf-fixtures';
import { toEInvoiceEu, toNodeZugferd } from '../support/pdf/peer-invoices';
import { percentile, result, type BenchResult } from './bench-harness';

/**
 * Model → visible PDF/A-3b with the CII embedded, 1 000 one-page invoices in one process (each with its own
 * number, so no document is cached whole), against two Factur-X libraries in the same run. The peers do less:
 * they take an already rendered PDF (ours, rendered outside their timing) and only write their XML and embed
 * it. They are loaded after our figures are taken, so the peak RSS is ours alone.
 */
const INVOICES = 1000;
const WARM_UP = 30;
const PEER_RUNS = 40;
const CII_PATH = resolve(__dirname, '../../../shared/design/examples/me-franchise.cii.xml');

interface OurFigures {
  first: number;
  median: number;
  p99: number;
  peakRssMiB: number;
  size: number;
  identical: boolean;
}

/** Bundles factur-x-worker.ts (dependencies stay in node_modules) and runs it in a fresh node process. */
async function runOurs(dir: string): Promise<{ figures: OurFigures; visible: Buffer }> {
  const bundle = join(dir, 'factur-x-worker.cjs');
  await build({
    entryPoints: [resolve(__dirname, 'factur-x-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: bundle,
    packages: 'external',
    alias: { '@shared': resolve(__dirname, '../../shared') },
    logLevel: 'silent',
  });
  const pdfPath = join(dir, 'visible.pdf');
  const child = spawnSync(process.execPath, [bundle, String(INVOICES), String(WARM_UP), CII_PATH, pdfPath], {
    encoding: 'utf8',
    cwd: resolve(__dirname, '../..'),
    env: { ...process.env, NODE_PATH: resolve(__dirname, '../../node_modules') },
  });
  if (child.status !== 0) throw new Error(`factur-x worker failed: ${child.stderr}`);
  return { figures: JSON.parse(child.stdout) as OurFigures, visible: readFileSync(pdfPath) };
}

function invoice(index: number): InvoiceDocument {
  const doc = franchiseInvoice();
  doc.invoice.number = `F-2026-${String(index + 1).padStart(4, '0')}`;
  return doc;
}

async function timeAsync(count: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}


export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'facturier-bench-'));
  const { figures, visible } = await runOurs(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
  const { median, first, p99, peakRssMiB: peakRss } = figures;
  const identical = figures.identical ? 1 : 0;

  const { InvoiceService } = await import('@e-invoice-eu/core');
  const { zugferd } = await import('node-zugferd');
  const { EN16931 } = await import('node-zugferd/profile/en16931');
  const eInvoiceEu = new InvoiceService({ log: () => {}, warn: () => {}, error: () => {} } as never);
  const eInvoiceEuRun = (i: number) =>
    eInvoiceEu.generate(toEInvoiceEu(invoice(i)) as never, { format: 'Factur-X-EN16931', lang: 'fr-fr', pdf: { buffer: visible, filename: 'facture.pdf', mimetype: 'application/pdf' } } as never);
  await timeAsync(5, eInvoiceEuRun);
  const eInvoiceEuMedian = percentile(await timeAsync(PEER_RUNS, eInvoiceEuRun), 50);

  // strict: false, because its XSD check shells out to Java; we compare XML writing and embedding only.
  const invoicer = zugferd({ profile: EN16931, strict: false, logger: { disabled: true } } as never);
  const zugferdRun = (i: number) => invoicer.create(toNodeZugferd(invoice(i)) as never).embedInPdf(visible, { metadata: { title: 'Facture' } } as never);
  await timeAsync(5, zugferdRun);
  const zugferdMedian = percentile(await timeAsync(PEER_RUNS, zugferdRun), 50);

  const ratio = (other: number) => other / median;
  console.log(`Facturier ${median.toFixed(2)} ms ; @e-invoice-eu/core ${eInvoiceEuMedian.toFixed(1)} ms (× ${ratio(eInvoiceEuMedian).toFixed(1)}) ; node-zugferd ${zugferdMedian.toFixed(1)} ms (× ${ratio(zugferdMedian).toFixed(1)})`);
  return [
    result('factur-x : facture PDF/A-3 + CII (médiane)', median, 'ms', 8),
    result('factur-x : facture PDF/A-3 + CII (p99)', p99, 'ms'),
    result('factur-x : premier document (polices comprises)', first, 'ms', 50),
    result('factur-x : RSS de pointe après 1000 factures', peakRss, 'MiB', 150),
    result('factur-x : taille du PDF (une page)', visible.length / 1024, 'KiB', 30),
    result('factur-x : même document, mêmes octets (1 = oui)', identical, '', 1, true),
    result('factur-x : @e-invoice-eu/core, XML + incorporation (médiane)', eInvoiceEuMedian, 'ms'),
    result('factur-x : node-zugferd, XML + incorporation (médiane)', zugferdMedian, 'ms'),
    result('factur-x : rapport @e-invoice-eu/core / Facturier', ratio(eInvoiceEuMedian), '×', 30, true),
    result('factur-x : rapport node-zugferd / Facturier', ratio(zugferdMedian), '×', 3, true),
  ];
}
