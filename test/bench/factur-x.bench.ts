import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvoiceService } from '@e-invoice-eu/core';
import { zugferd } from 'node-zugferd';
import { EN16931 } from 'node-zugferd/profile/en16931';
import { renderFacturXPdf } from '../../main/services/documents/pdf/factur-x-pdf';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { franchiseInvoice } from '../support/pdf/pdf-fixtures';
import { toEInvoiceEu, toNodeZugferd } from '../support/pdf/peer-invoices';
import { percentile, result, type BenchResult } from './bench-harness';

/**
 * Model → visible PDF/A-3b with the CII embedded, 1 000 one-page invoices in one process (each with its own
 * number, so nothing is cached per document), against two Factur-X libraries. The peers do less: they take
 * an already rendered PDF (ours, rendered outside their timing) and only write their XML and embed it.
 */
const INVOICES = 1000;
const WARM_UP = 30;
const PEER_RUNS = 40;
const CII = readFileSync(resolve(__dirname, '../../../shared/design/examples/me-franchise.cii.xml'), 'utf8');

function invoice(index: number): InvoiceDocument {
  const doc = franchiseInvoice();
  doc.invoice.number = `F-2026-${String(index + 1).padStart(4, '0')}`;
  return doc;
}

async function timeAsync(count: number, fn: (i: number) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

const mib = (kib: number) => kib / 1024;

export async function run(): Promise<BenchResult[]> {
  const [first] = await timeAsync(1, () => renderFacturXPdf(invoice(0), CII));
  await timeAsync(WARM_UP, (i) => renderFacturXPdf(invoice(i), CII));
  const ours = await timeAsync(INVOICES, (i) => renderFacturXPdf(invoice(i), CII));
  const peakRss = mib(process.resourceUsage().maxRSS);
  const median = percentile(ours, 50);

  const visible = await renderFacturXPdf(invoice(0), CII);
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
    result('factur-x : facture PDF/A-3 + CII (p99)', percentile(ours, 99), 'ms'),
    result('factur-x : premier document (polices comprises)', first ?? Number.NaN, 'ms'),
    result('factur-x : RSS de pointe après 1000 factures', peakRss, 'MiB'),
    // Not a speed figure: the fixed font subset (font-subsets.ts) trades ≈ 30 KB per PDF for the speed.
    result('factur-x : taille du PDF (une page)', visible.length / 1024, 'KiB'),
    result('factur-x : @e-invoice-eu/core, XML + incorporation (médiane)', eInvoiceEuMedian, 'ms'),
    result('factur-x : node-zugferd, XML + incorporation (médiane)', zugferdMedian, 'ms'),
    result('factur-x : rapport @e-invoice-eu/core / Facturier', ratio(eInvoiceEuMedian), '×'),
    result('factur-x : rapport node-zugferd / Facturier', ratio(zugferdMedian), '×'),
  ];
}
