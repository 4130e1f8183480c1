import { writeFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderFacturXPdf } from '../main/services/documents/pdf/factur-x-pdf';
import { franchiseInvoice } from '../test/support/pdf/pdf-fixtures';
const CII = readFileSync(resolve(__dirname, '../../shared/design/examples/me-franchise.cii.xml'), 'utf8');
(async () => {
  const t0 = process.hrtime.bigint();
  const pdf = await renderFacturXPdf(franchiseInvoice(), CII);
  const t1 = process.hrtime.bigint();
  writeFileSync('/tmp/doc-scratch/one.pdf', pdf);
  console.log('size', pdf.length, 'first ms', Number(t1 - t0) / 1e6, 'cii', CII.length);
})();
