import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFacturXPdf } from '../../../main/services/documents/pdf/factur-x-pdf';
import { franchiseInvoice, placeholderCii, vatInvoice } from '../../support/pdf/pdf-fixtures';
import { sampleLogo } from '../../support/pdf/png-encode';
import { writePdf } from '../../support/pdf/pdf-tools';
import { compareWithReference, MAX_DIFFERING_RATIO, renderFirstPage } from '../../support/pdf/visual-compare';
import { makeTempDir } from '../../support/temp-dir';

/**
 * Page 1 as poppler draws it, against the committed references in test/fixtures/visual/ (tolerance in
 * visual-compare.ts). After a deliberate layout change: UPDATE_VISUAL_REFERENCES=1, look at the new PNGs,
 * commit them.
 */
let dir: ReturnType<typeof makeTempDir>;

beforeAll(() => {
  dir = makeTempDir('facturier-pdf-');
});
afterAll(() => dir.remove());

describe('invoice PDF rendering', () => {
  it('draws the franchise invoice as the reference page', async () => {
    const doc = franchiseInvoice();
    const path = writePdf(dir.path, 'franchise', await renderFacturXPdf(doc, placeholderCii(doc)));
    const result = compareWithReference('franchise-invoice-page-1', renderFirstPage(path, dir.path));
    expect(result.sameSize).toBe(true);
    expect(result.differingRatio).toBeLessThanOrEqual(MAX_DIFFERING_RATIO);
  });

  it('draws the VAT invoice with its logo as the reference page', async () => {
    const doc = vatInvoice();
    const pdf = await renderFacturXPdf(doc, placeholderCii(doc), { logo: { bytes: sampleLogo(), type: 'image/png' } });
    const path = writePdf(dir.path, 'vat', pdf);
    const result = compareWithReference('vat-invoice-logo-page-1', renderFirstPage(path, dir.path));
    expect(result.sameSize).toBe(true);
    expect(result.differingRatio).toBeLessThanOrEqual(MAX_DIFFERING_RATIO);
  });
});
