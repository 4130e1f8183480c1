import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppLogger } from '../../../main/services/logging/logger';
import { KEPT_LOG_FILES, LOG_FILE, logFiles } from '../../../main/services/logging/rotating-file';
import { downloadOf, viaInvoke } from '../../support/export-setup';
import { microEntrepreneur, valueOf } from '../../support/invoicing-setup';
import { saveQualificationSecrets } from '../../support/chorus-connection-setup';
import { useTestCores } from '../../support/test-core';

const cores = useTestCores();
const IBAN = 'FR7630006000011234567890189';
const SPACED_IBAN = 'FR76 3000 6000 0112 3456 7890 189';
const CLIENT_SECRET = 'piste-secret-7f3a9c1e';
const PASSWORD = 'Mot2Passe!Technique#2026';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.payload.signature';

const allLogText = (dir: string) => logFiles(dir).map((file) => readFileSync(file, 'utf8')).join('\n');

function expectNothingSecret(text: string): void {
  for (const secret of [IBAN, SPACED_IBAN, CLIENT_SECRET, PASSWORD, TOKEN, 'jean.dupont@example.fr', '4970 1012 3456 7890']) expect(text).not.toContain(secret);
}

describe('the technical log', () => {
  it('never writes a secret, an IBAN, an address or a token, whatever a caller passes', () => {
    const dir = cores.tempDir();
    const { logger, close } = createAppLogger(dir);
    logger.error({ err: new Error(`virement refusé pour ${IBAN} (jean.dupont@example.fr)`), channel: 'payments:record' }, 'unexpected error');
    logger.warn({ request: { pisteClientSecret: CLIENT_SECRET, technicalPassword: PASSWORD, nested: { iban: IBAN, authorization: `Bearer ${TOKEN}` } } }, 'chorus call failed');
    logger.info(`retry with https://api.piste.gouv.fr/oauth?client_secret=${CLIENT_SECRET}&code=abc and card 4970 1012 3456 7890`);
    logger.info({ note: `IBAN saisi : ${SPACED_IBAN}`, passphrase: 'ma phrase de passe', headers: { cookie: 'session=1' } }, 'form');
    close();
    const text = allLogText(dir);
    expectNothingSecret(text);
    expect(text).not.toContain('ma phrase de passe');
    expect(text).not.toContain('session=1');
    // What support needs is still there.
    expect(text).toContain('"channel":"payments:record"');
    expect(text).toContain('virement refusé pour [IBAN masqué]');
    expect(text).toContain('chorus call failed');
    for (const line of text.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('turns over at 2 MiB and keeps at most six files', () => {
    const dir = cores.tempDir();
    const { logger, close } = createAppLogger(dir);
    const line = 'x'.repeat(1000);
    for (let i = 0; i < 15_000; i++) logger.info({ i, line }, 'filler');
    close();
    const files = readdirSync(dir).filter((name) => name.startsWith(LOG_FILE)).sort();
    expect(files).toEqual([LOG_FILE, ...Array.from({ length: KEPT_LOG_FILES }, (_, i) => `${LOG_FILE}.${i + 1}`)]);
    const last = readFileSync(join(dir, LOG_FILE), 'utf8').trim().split('\n').at(-1) as string;
    expect(JSON.parse(last)).toMatchObject({ i: 14_999 });
  });

  it('receives the core’s unexpected errors instead of the console, and « Exporter le journal technique » hands them over', async () => {
    const shop = cores.open();
    valueOf(await shop.invoke('company:save', microEntrepreneur));
    await saveQualificationSecrets(shop, { pisteClientSecret: CLIENT_SECRET, technicalPassword: PASSWORD });
    await shop.backups.runAutomatic();
    // A failure nobody planned for: the database goes away under the core. The page gets the generic
    // French message; the log gets what failed, where.
    shop.db.close();
    expect(await shop.invoke('invoices:list', { limit: 10 })).toMatchObject({ ok: false, error: { code: 'internal' } });
    // Support needs the log most when the data is broken: exporting it does not need the database.
    const exported = await downloadOf(shop, viaInvoke(shop, 'logs:export', {}));
    expect(exported.fileName).toBe('Facturier-journal-technique-2026-11-27.log');
    const text = exported.bytes.toString('utf8');
    expect(text).toMatch(/^# Journal technique de Facturier \d+\.\d+\.\d+\n# Exporté le 2026-11-27T10:00:00.000Z ; système /);
    expect(text).toContain('automatic backup done');
    expect(text).toMatch(/"channel":"invoices:list".*"message":"The database connection is not open".*"msg":"unexpected error"/);
    expectNothingSecret(text);
    expectNothingSecret(allLogText(join(shop.dataDir, 'logs')));
  });
});
