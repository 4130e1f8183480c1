import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeyFileCipher } from '../../../main/services/secrets/key-file-cipher';
import { createSecretStore } from '../../../main/services/secrets/secret-store';
import { useTestCores } from '../../support/test-core';

const cores = useTestCores();

const qualification = {
  environment: 'qualification',
  pisteClientId: 'app-sandbox',
  pisteClientSecret: 'secret-sandbox',
  technicalLogin: 'TECH_1_qualif@cpro.fr',
  technicalPassword: 'Qualif!2026',
} as const;
const production = { ...qualification, environment: 'production', pisteClientId: 'app-prod', pisteClientSecret: 'secret-prod', technicalLogin: 'TECH_1_prod@cpro.fr', technicalPassword: 'Prod!2026' } as const;

describe('secrets per environment', () => {
  it('keeps one account per environment and shows the chosen one', async () => {
    const core = cores.open();
    await core.invoke('chorusConnection:save', qualification);
    const saved = await core.invoke('chorusConnection:save', production);
    expect(saved).toMatchObject({
      ok: true,
      value: {
        environment: 'production',
        pisteClientId: 'app-prod',
        technicalLogin: 'TECH_1_prod@cpro.fr',
        accounts: {
          qualification: { pisteClientId: 'app-sandbox', technicalLogin: 'TECH_1_qualif@cpro.fr', hasPisteClientSecret: true, hasTechnicalPassword: true },
          production: { pisteClientId: 'app-prod', hasPisteClientSecret: true, hasTechnicalPassword: true },
        },
      },
    });
    // Forgetting the production password leaves the qualification one.
    const forgotten = await core.invoke('chorusConnection:forgetSecrets', { secrets: ['technicalPassword'] });
    expect(forgotten).toMatchObject({ ok: true, value: { hasTechnicalPassword: false, isConfigured: false, accounts: { qualification: { hasTechnicalPassword: true } } } });
    const back = await core.invoke('chorusConnection:save', { ...qualification, pisteClientSecret: '', technicalPassword: '' });
    expect(back).toMatchObject({ ok: true, value: { environment: 'qualification', pisteClientId: 'app-sandbox', isConfigured: true } });
  });

  it('needs nothing from the user for the démonstration environment', async () => {
    const core = cores.open();
    const demo = await core.invoke('chorusConnection:save', { environment: 'demonstration', pisteClientId: '', technicalLogin: '' });
    expect(demo).toMatchObject({ ok: true, value: { environment: 'demonstration', isDemonstration: true, isConfigured: true, technicalLogin: 'TECH_1_demonstration@cpro.fr' } });
    // Nothing of Chorus Pro is kept: the only secret is the journal's own key, made at first start.
    expect(Object.keys(JSON.parse(readFileSync(join(core.dataDir, 'secrets.json'), 'utf8')) as object)).toEqual(['journal.anchorKey']);
  });

  it('moves the account and secrets of version 0.1 under their environment', async () => {
    const dataDir = cores.tempDir();
    const first = cores.open({ dataDir });
    first.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('chorus.connection', ?, '2026-01-01')").run(
      JSON.stringify({ environment: 'production', pisteClientId: 'ancien-id', technicalLogin: 'TECH_1_ancien@cpro.fr', technicalPasswordSavedOn: '2026-01-02' }),
    );
    const cipher = createKeyFileCipher(join(dataDir, 'secrets.key'));
    writeFileSync(
      join(dataDir, 'secrets.json'),
      JSON.stringify({ 'piste.clientSecret': cipher.encrypt('ancien-secret').toString('base64'), 'chorus.technicalPassword': cipher.encrypt('ancien-mdp').toString('base64') }),
    );
    first.close();
    const core = cores.open({ dataDir });
    expect(await core.invoke('chorusConnection:get', {})).toMatchObject({
      ok: true,
      value: { environment: 'production', pisteClientId: 'ancien-id', hasPisteClientSecret: true, hasTechnicalPassword: true, technicalPasswordSavedOn: '2026-01-02', isConfigured: true },
    });
    const store = createSecretStore(join(dataDir, 'secrets.json'), cipher);
    expect([store.get('production.piste.clientSecret'), store.get('production.chorus.technicalPassword')]).toEqual(['ancien-secret', 'ancien-mdp']);
  });

  it('writes the secrets file atomically: readable by the user only, no temporary file left behind', async () => {
    const core = cores.open();
    // A temporary file a crash left under the old fixed name does not block writing.
    writeFileSync(join(core.dataDir, 'secrets.json.tmp'), 'restes');
    for (let i = 0; i < 5; i += 1) await core.invoke('chorusConnection:save', { ...qualification, technicalPassword: `Mdp-${i}` });
    expect(statSync(join(core.dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(readdirSync(core.dataDir).filter((name) => name.includes('.tmp') && name !== 'secrets.json.tmp')).toEqual([]);
    expect(Object.keys(JSON.parse(readFileSync(join(core.dataDir, 'secrets.json'), 'utf8')) as object).sort()).toEqual(['journal.anchorKey', 'qualification.chorus.technicalPassword', 'qualification.piste.clientSecret']);
  });
});

describe('damaged secrets never stop the app', () => {
  async function damaged(damage: (dataDir: string) => void) {
    const dataDir = cores.tempDir();
    const first = cores.open({ dataDir });
    await first.invoke('chorusConnection:save', qualification);
    first.close();
    damage(dataDir);
    return cores.open({ dataDir });
  }

  it.each([
    ['garbage in the key file', (dir: string) => writeFileSync(join(dir, 'secrets.key'), 'n’importe quoi')],
    ['an empty key file', (dir: string) => writeFileSync(join(dir, 'secrets.key'), '')],
    ['a key file replaced by another key', (dir: string) => writeFileSync(join(dir, 'secrets.key'), Buffer.alloc(32, 7))],
    ['garbage in the secrets file', (dir: string) => writeFileSync(join(dir, 'secrets.json'), '{"qualification.piste.clientSecret": ')],
    ['an empty secrets file', (dir: string) => writeFileSync(join(dir, 'secrets.json'), '')],
  ])('%s: the core starts, says so in French, and forgetting the secrets is the way out', async (_label, damage) => {
    const core = await damaged(damage);
    const view = await core.invoke('chorusConnection:get', {});
    expect(view).toMatchObject({ ok: true, value: { secretsUnreadable: true, isConfigured: false, pisteClientId: 'app-sandbox' } });
    expect(await core.invoke('calendar:get', {})).toMatchObject({ ok: true });
    const test = await core.invoke('chorusConnection:test', {});
    expect(test).toMatchObject({ ok: true, value: { outcome: 'failed', failedStep: 'settings', code: 'secrets_unreadable', message: expect.stringContaining('oubliez les secrets enregistrés') } });
    expect(await core.invoke('chorusConnection:save', qualification)).toMatchObject({ ok: false, error: { code: 'secrets_unreadable' } });

    const reset = await core.invoke('chorusConnection:forgetSecrets', { secrets: ['pisteClientSecret', 'technicalPassword'] });
    expect(reset).toMatchObject({ ok: true, value: { secretsUnreadable: false, hasPisteClientSecret: false, hasTechnicalPassword: false, pisteClientId: 'app-sandbox' } });
    expect(await core.invoke('chorusConnection:save', qualification)).toMatchObject({ ok: true, value: { isConfigured: true, secretsUnreadable: false } });
    const reopened = cores.open({ dataDir: core.dataDir });
    expect(await reopened.invoke('chorusConnection:get', {})).toMatchObject({ ok: true, value: { isConfigured: true, secretsUnreadable: false } });
  });

  it('an empty key file with no secret saved is replaced without asking', async () => {
    const dataDir = cores.tempDir();
    writeFileSync(join(dataDir, 'secrets.key'), '');
    const core = cores.open({ dataDir });
    expect(await core.invoke('chorusConnection:get', {})).toMatchObject({ ok: true, value: { secretsUnreadable: false } });
    expect(await core.invoke('chorusConnection:save', qualification)).toMatchObject({ ok: true, value: { isConfigured: true } });
    expect(statSync(join(dataDir, 'secrets.key')).size).toBe(32);
  });
});
