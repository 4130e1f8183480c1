import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { useTestCores } from '../../support/test-core';

const cores = useTestCores();
const tempDir = () => cores.tempDir();
const openCore = (dataDir: string): Core => cores.open({ dataDir });

const base = { legalName: 'Marie Durand', siret: '73282932000074', addressLine1: '3 rue des Lilas', postcode: '49250', city: 'Beaufort-en-Anjou' };
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('the company profile, in full', () => {
  it('keeps every detail across a restart, identifiers stored compact', async () => {
    const dataDir = tempDir();
    const core = openCore(dataDir);
    const saved = await core.invoke('company:save', {
      ...base,
      legalForm: 'micro-entrepreneur',
      vatFranchise: true,
      registration: { kind: 'exempt' },
      iban: 'fr76 3000 6000 0112 3456 7890 189',
      bic: 'agrifrpp',
      defaultPaymentTerms: { kind: 'net-end-of-month', days: 45 },
      invoiceNumberPattern: 'MD-{YY}-{seq:000}',
    });
    expect(saved).toMatchObject({ ok: true, value: { iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' } });
    core.close();
    const reopened = openCore(dataDir);
    expect(await reopened.invoke('company:get', {})).toMatchObject({
      ok: true,
      value: {
        legalForm: 'micro-entrepreneur',
        vatFranchise: true,
        registration: { kind: 'exempt' },
        defaultPaymentTerms: { kind: 'net-end-of-month', days: 45 },
        invoiceNumberPattern: 'MD-{YY}-{seq:000}',
      },
    });
  });

  it('refuses a wrong IBAN, VAT number or numbering pattern with a French message on the field', async () => {
    const core = openCore(tempDir());
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ iban: 'FR7630006000011234567890188' }, 'iban'],
      [{ vatNumber: 'FR00732829320' }, 'vatNumber'],
      [{ invoiceNumberPattern: 'FACTURE-{YYYY}' }, 'invoiceNumberPattern'],
      [{ invoiceNumberPattern: 'FACTURE-ÉTÉ-{seq}' }, 'invoiceNumberPattern'],
      [{ invoiceNumberPattern: 'FACTURE-LONGUE-{YYYY}-{seq:0000}' }, 'invoiceNumberPattern'],
    ];
    for (const [change, field] of cases) {
      const result = await core.invoke('company:save', { ...base, ...change });
      expect(result, JSON.stringify(change)).toMatchObject({ ok: false, error: { code: 'invalid_input', field } });
    }
    expect(await core.invoke('company:get', {})).toEqual({ ok: true, value: null });
  });

  it('takes a PNG logo, refuses anything else, and can remove it', async () => {
    const core = openCore(tempDir());
    expect(await core.invoke('company:setLogo', { base64: PNG_1PX })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await core.invoke('company:save', base);
    const svg = Buffer.from('<svg/>').toString('base64');
    expect(await core.invoke('company:setLogo', { base64: svg })).toMatchObject({ ok: false, error: { field: 'logo' } });
    expect(await core.invoke('company:setLogo', { base64: PNG_1PX })).toMatchObject({ ok: true, value: { hasLogo: true } });
    // Stored as written again at upload (logo-image.ts): the same pixels, not the same bytes.
    const logo = await core.invoke('company:getLogo', {});
    expect(logo).toMatchObject({ ok: true, value: { type: 'image/png' } });
    const pixels = (base64: string) => PNG.sync.read(Buffer.from(base64, 'base64')).data;
    expect(logo.ok && logo.value && pixels(logo.value.base64).equals(pixels(PNG_1PX))).toBe(true);
    expect(await core.invoke('company:setLogo', { base64: null })).toMatchObject({ ok: true, value: { hasLogo: false } });
  });
});
