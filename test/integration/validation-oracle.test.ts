import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  PROJECT_ROOT,
  checkBrFr,
  checkValidationAvailability,
  formatReport,
  parseSvrl,
  requireValidationDir,
  resolveValidationDir,
  saxonLoadMs,
  describeStylesheetStats,
  validateCii,
  validateFacturXXml,
  validateUbl,
  validationAvailable,
  warmUpValidators,
  type ValidationReport,
} from '../support/validation';
import * as broken from '../support/validation/broken-variants';

const FIXTURES = fileURLToPath(new URL('../support/validation/fixtures/', import.meta.url));
const cii = readFileSync(join(FIXTURES, 'me-franchise.cii.xml'), 'utf8');
const ubl = readFileSync(join(FIXTURES, 'me-franchise.ubl.xml'), 'utf8');

const ids = (report: Pick<ValidationReport, 'fatal'>) => report.fatal.map((finding) => finding.id);

describe('validation oracle: locating the artefacts', () => {
  it('defaults to ../shared/validation from the project root; a relative override is also rooted there', () => {
    expect(resolveValidationDir({})).toBe(resolve(PROJECT_ROOT, '../shared/validation'));
    expect(resolveValidationDir({ FACTURIER_VALIDATION_DIR: 'vendor/validation' })).toBe(resolve(PROJECT_ROOT, 'vendor/validation'));
    expect(resolveValidationDir({ FACTURIER_VALIDATION_DIR: '/opt/validation' })).toBe('/opt/validation');
  });

  it('a missing folder fails in CI, is a stated skip locally, and is always an error for the validators', () => {
    const missing = { FACTURIER_VALIDATION_DIR: '/nonexistent/validation' };
    expect(checkValidationAvailability(missing)).toMatchObject({ available: false, reason: expect.stringContaining('/nonexistent/validation') });
    expect(() => validationAvailable({ ...missing, CI: 'true' })).toThrow(/CI=true.*not found: \/nonexistent\/validation/);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(validationAvailable({ ...missing, CI: 'false' })).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[validation oracle\] skipped: .*\/nonexistent\/validation/));
    warn.mockRestore();
    expect(() => requireValidationDir(missing)).toThrow(/FACTURIER_VALIDATION_DIR/);
  });
});

describe('validation oracle: SVRL reading', () => {
  it('reads id, flag, location and text, decodes entities, and treats a missing flag as fatal', () => {
    const svrl = `<svrl:schematron-output xmlns:svrl="http://purl.oclc.org/dsdl/svrl">
      <svrl:failed-assert test="a &gt; b" id="BR-1" flag="warning" location="/*:Invoice[namespace-uri()='x'][1]">
        <svrl:text>[BR-1] Amount &amp; total &#8364; &lt;ok&gt;</svrl:text></svrl:failed-assert>
      <svrl:successful-report test="@schemeID" location="/a[1]"><svrl:text>
        Attribute marked as not used.</svrl:text></svrl:successful-report>
    </svrl:schematron-output>`;
    expect(parseSvrl(svrl, 'en16931-cii')).toEqual([
      { id: 'BR-1', flag: 'warning', rawFlag: 'warning', kind: 'failed-assert', location: "/*:Invoice[namespace-uri()='x'][1]", test: 'a > b', text: '[BR-1] Amount & total € <ok>', ruleSet: 'en16931-cii' },
      { id: '', flag: 'fatal', rawFlag: undefined, kind: 'successful-report', location: '/a[1]', test: '@schemeID', text: 'Attribute marked as not used.', ruleSet: 'en16931-cii' },
    ]);
  });
});

describe.skipIf(!validationAvailable())('validation oracle: official artefacts', () => {
  beforeAll(async () => {
    // Cold cache: four xslt3 compiles, two at a time, ~30–50 s on two cores. Warm cache: <1 s of loading.
    const started = performance.now();
    await warmUpValidators();
    const engine = `SaxonJS engine loaded in ${saxonLoadMs()?.toFixed(0)} ms`;
    console.log(`[validation oracle] ready in ${((performance.now() - started) / 1000).toFixed(1)} s\n${engine}\n${describeStylesheetStats()}`);
  }, 240_000);

  it('the fixtures are the design reference examples, unchanged', () => {
    const design = resolve(PROJECT_ROOT, '../shared/design/examples');
    if (!existsSync(design)) return; // CI only has ../shared/validation beside the checkout.
    for (const name of ['me-franchise.cii.xml', 'me-franchise.ubl.xml']) {
      expect(readFileSync(join(FIXTURES, name), 'utf8'), name).toBe(readFileSync(join(design, name), 'utf8'));
    }
  });

  describe('reference invoices pass with zero findings', () => {
    it('CII through the Factur-X EN16931 XSD, EN 16931 and the Factur-X schematron', async () => {
      const report = await validateFacturXXml(cii);
      expect(report.isValid, formatReport(report)).toBe(true);
      expect(report.warnings, formatReport(report)).toEqual([]);
      expect(report.checked).toEqual(['facturx-en16931-xsd', 'en16931-cii', 'facturx-en16931']);
    });

    it('CII through the plain D16B XSD and EN 16931', async () => {
      const report = await validateCii(cii);
      expect(report.isValid, formatReport(report)).toBe(true);
      expect(report.checked).toEqual(['cii-d16b-xsd', 'en16931-cii']);
    });

    it('UBL through the UBL 2.1 Invoice XSD and EN 16931', async () => {
      const report = await validateUbl(ubl);
      expect(report.isValid, formatReport(report)).toBe(true);
      expect(report.warnings, formatReport(report)).toEqual([]);
      expect(report.checked).toEqual(['ubl-invoice-xsd', 'en16931-ubl']);
    });

    it('a UBL CreditNote is checked against the CreditNote XSD (root detected)', async () => {
      const report = await validateUbl(broken.ublAsCreditNote(ubl));
      expect(report.isValid, formatReport(report)).toBe(true);
      expect(report.checked[0]).toBe('ubl-creditnote-xsd');
    });
  });

  describe('broken variants are caught with the expected rule', () => {
    it('no BT-32 (SpecifiedTaxRegistration FC): BR-E-02 fatal, in CII and UBL', async () => {
      const ciiReport = await validateFacturXXml(broken.ciiWithoutSellerTaxRegistration(cii));
      expect(ids(ciiReport), formatReport(ciiReport)).toContain('BR-E-02');
      expect(ciiReport.isValid).toBe(false);
      const ublReport = await validateUbl(broken.ublWithoutSellerTaxScheme(ubl));
      expect(ids(ublReport), formatReport(ublReport)).toEqual(['BR-E-02']);
    });

    it('a wrong total: BR-CO fatal', async () => {
      const report = await validateFacturXXml(broken.ciiWithHeaderTotal(cii, 'TaxBasisTotalAmount', '990.00'));
      expect(ids(report), formatReport(report)).toEqual(expect.arrayContaining(['BR-CO-13', 'BR-CO-15']));
      expect(report.xsdErrors).toEqual([]);
    });

    it('an unknown element: XSD error with its line, unseen by the schematron', async () => {
      const report = await validateFacturXXml(broken.ciiWithUnknownElement(cii));
      expect(report.xsdErrors, formatReport(report)).toEqual([expect.stringMatching(/^line 19: .*Colour'?: This element is not expected/)]);
      expect(report.fatal).toEqual([]);
      expect(report.isValid).toBe(false);
    });

    it('elements in the wrong order: XSD error, in both CII schemas', async () => {
      const variant = broken.ciiWithWrongTaxElementOrder(cii);
      for (const report of [await validateFacturXXml(variant), await validateCii(variant)]) {
        expect(report.xsdErrors, formatReport(report)).toEqual([expect.stringMatching(/^line 57: .*This element is not expected/)]);
      }
    });

    it('two Content in one note: only the Factur-X XSD and schematron reject it', async () => {
      const variant = broken.ciiWithTwoContentsInOneNote(cii);
      const facturX = await validateFacturXXml(variant);
      expect(facturX.xsdErrors, formatReport(facturX)).toHaveLength(1);
      expect(ids(facturX)).toContain('FX-SCH-A-000160');
      expect((await validateCii(variant)).isValid).toBe(true);
    });

    it('ExemptionReason on a line: the Factur-X "not used" report (unflagged, so fatal)', async () => {
      const report = await validateFacturXXml(broken.ciiWithLineExemptionReason(cii));
      expect(report.xsdErrors).toEqual([]);
      expect(report.fatal, formatReport(report)).toEqual([
        expect.objectContaining({ ruleSet: 'facturx-en16931', kind: 'successful-report', text: expect.stringContaining('ExemptionReason') }),
      ]);
    });

    it('a UBL with a non-ISO 4217 currency: BR-CL-03 and BR-CL-04', async () => {
      const report = await validateUbl(broken.ublWithCurrency(ubl, 'EUX'));
      expect(new Set(ids(report)), formatReport(report)).toEqual(new Set(['BR-CL-03', 'BR-CL-04']));
    });

    it('a document that is not UBL, or not well-formed, is invalid rather than silently passed', async () => {
      expect((await validateUbl(cii)).xsdErrors).toEqual([expect.stringContaining('must be UBL 2.1 Invoice or CreditNote')]);
      const malformed = await validateFacturXXml(cii.replace('</rsm:ExchangedDocument>', ''));
      expect(malformed.isValid).toBe(false);
      expect(malformed.checked).toEqual(['facturx-en16931-xsd']);
      expect(malformed.xsdErrors[0]).toMatch(/^line \d+: parser error/);
    });

    it('formatReport names the rules and the verdict', async () => {
      const text = formatReport(await validateFacturXXml(broken.ciiWithoutSellerTaxRegistration(cii)));
      expect(text).toMatch(/^INVALID \(facturx-en16931-xsd \+ en16931-cii \+ facturx-en16931\): 0 XSD error\(s\), 2 fatal/);
      expect(text).toContain('[BR-E-02] en16931-cii fatal at /CrossIndustryInvoice[1]/SupplyChainTradeTransaction[1]');
    });
  });

  describe('reform readiness (BR-FR 1.4), reported apart from validity', () => {
    it('the Chorus Pro B2G reference is valid yet not reform-ready, for the expected reasons', async () => {
      const readiness = await checkBrFr(cii);
      expect(readiness.ready).toBe(false);
      expect(ids(readiness).sort(), formatReport(readiness)).toEqual(['BR-FR-08_BT-23', 'BR-FR-09_BT-46', 'BR-FR-12_BT-49', 'BR-FR-13_BT-34']);
    });

    it('refuses UBL (the BR-FR artefacts cover CII only)', async () => {
      await expect(checkBrFr(ubl)).rejects.toThrow(/CII/);
    });
  });
});
