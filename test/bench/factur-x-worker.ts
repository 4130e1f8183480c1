import { readFileSync, writeFileSync } from 'node:fs';
import { renderFacturXPdf } from '../../main/services/documents/pdf/factur-x-pdf';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { franchiseInvoice } from '../support/pdf/pdf-fixtures';
import { percentile } from './bench-harness';

/**
 * Our side of factur-x.bench.ts, bundled by esbuild and run in a fresh `node` process, as the application
 * runs its bundled code: the peak RSS is the renderer's alone (no tsx, no peer library in memory) and the
 * first document pays for reading and parsing the fonts. Args: invoices, warm-up, CII file, output PDF file.
 */
async function main(): Promise<void> {
  const [count, warmUp, ciiPath, outPath] = process.argv.slice(2) as [string, string, string, string];
  const cii = readFileSync(ciiPath, 'utf8');
  const invoice = (index: number): InvoiceDocument => {
    const doc = franchiseInvoice();
    doc.invoice.number = `F-2026-${String(index + 1).padStart(4, '0')}`;
    return doc;
  };
  const time = async (fn: () => Promise<unknown>) => {
    const start = process.hrtime.bigint();
    await fn();
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  const first = await time(() => renderFacturXPdf(invoice(0), cii));
  for (let i = 0; i < Number(warmUp); i++) await renderFacturXPdf(invoice(i), cii);
  const samples: number[] = [];
  for (let i = 0; i < Number(count); i++) samples.push(await time(() => renderFacturXPdf(invoice(i), cii)));
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  const visible = await renderFacturXPdf(invoice(0), cii);
  const identical = (await renderFacturXPdf(invoice(0), cii)).equals(visible);
  writeFileSync(outPath, visible);
  process.stdout.write(JSON.stringify({ first, median: percentile(samples, 50), p99: percentile(samples, 99), peakRssMiB, size: visible.length, identical }));
}

void main();
