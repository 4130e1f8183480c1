import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { createKeyFileCipher } from '../../../main/services/secrets/key-file-cipher';
import { filesContaining } from '../../support/scan-files';
import { useTestCores } from '../../support/test-core';

const CLIENT_SECRET = 'piste-secret-7f3a9c1e-très-secret';
const PASSWORD = 'Mot2Passe!Technique#2026';

const cores = useTestCores();
const openCore = (dataDir: string, now = '2026-11-27T09:00:00Z'): Core => cores.open({ dataDir, now });
const tempDir = () => cores.tempDir();

const input = {
  environment: 'qualification',
  pisteClientId: 'client-id-123',
  pisteClientSecret: CLIENT_SECRET,
  technicalLogin: 'TECH_1_boulangerie@cpro.fr',
  technicalPassword: PASSWORD,
};

describe('Chorus Pro connection settings', () => {
  it('says which secrets are saved, never what they are', async () => {
    const core = openCore(tempDir());
    const saved = await core.invoke('chorusConnection:save', input);
    const account = {
      pisteClientId: 'client-id-123',
      technicalLogin: 'TECH_1_boulangerie@cpro.fr',
      hasPisteClientSecret: true,
      hasTechnicalPassword: true,
      technicalPasswordSavedOn: '2026-11-27',
      technicalPasswordExpiresOn: null,
    };
    const nothing = { pisteClientId: '', technicalLogin: '', hasPisteClientSecret: false, hasTechnicalPassword: false, technicalPasswordSavedOn: null, technicalPasswordExpiresOn: null };
    expect(saved).toEqual({
      ok: true,
      value: {
        environment: 'qualification',
        ...account,
        accounts: { qualification: account, production: nothing },
        isDemonstration: false,
        isConfigured: true,
        secretStorage: 'encrypted-file',
        secretsUnreadable: false,
        isApiSendingAvailable: false,
      },
    });
    const read = JSON.stringify(await core.invoke('chorusConnection:get', {}));
    expect(read).not.toContain(CLIENT_SECRET);
    expect(read).not.toContain(PASSWORD);
  });

  it('keeps secrets out of every file of the data folder in plain text', async () => {
    const dataDir = tempDir();
    const core = openCore(dataDir);
    await core.invoke('chorusConnection:save', input);
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(filesContaining(dataDir, CLIENT_SECRET)).toEqual([]);
    expect(filesContaining(dataDir, PASSWORD)).toEqual([]);
    // The scan does find what is there in plain text (it can fail).
    expect(filesContaining(dataDir, 'TECH_1_boulangerie@cpro.fr').length).toBeGreaterThan(0);
  });

  it('keeps a saved secret when the field is left empty, and restarts the renewal count on a new password', async () => {
    const dataDir = tempDir();
    await openCore(dataDir).invoke('chorusConnection:save', input);
    const later = openCore(dataDir, '2027-03-01T10:00:00Z');
    const kept = await later.invoke('chorusConnection:save', { ...input, pisteClientSecret: '', technicalPassword: '' });
    expect(kept).toMatchObject({ ok: true, value: { environment: 'qualification', hasPisteClientSecret: true, hasTechnicalPassword: true, technicalPasswordSavedOn: '2026-11-27' } });
    const renewed = await later.invoke('chorusConnection:save', { ...input, technicalPassword: 'Nouveau!2027' });
    expect(renewed).toMatchObject({ ok: true, value: { technicalPasswordSavedOn: '2027-03-01' } });
  });

  it('forgets secrets on request', async () => {
    const core = openCore(tempDir());
    await core.invoke('chorusConnection:save', input);
    const forgotten = await core.invoke('chorusConnection:forgetSecrets', { secrets: ['technicalPassword'] });
    expect(forgotten).toMatchObject({ ok: true, value: { hasPisteClientSecret: true, hasTechnicalPassword: false, technicalPasswordSavedOn: null } });
  });

  it('refuses a malformed technical login in French', async () => {
    const core = openCore(tempDir());
    const result = await core.invoke('chorusConnection:save', { ...input, technicalLogin: 'pas un identifiant' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'technicalLogin', message: expect.stringContaining('TECH_1_') } });
  });
});

describe('the key-file cipher of the browser host', () => {
  it('keeps its key readable by the user only and round-trips secrets', () => {
    const dir = tempDir();
    const cipher = createKeyFileCipher(join(dir, 'secrets.key'));
    expect(statSync(join(dir, 'secrets.key')).mode & 0o777).toBe(0o600);
    const encrypted = cipher.encrypt(PASSWORD);
    expect(encrypted.includes(Buffer.from(PASSWORD))).toBe(false);
    expect(cipher.decrypt(encrypted)).toBe(PASSWORD);
    expect(cipher.encrypt(PASSWORD).equals(encrypted)).toBe(false);
  });

  it('cannot be read back with another key, nor after tampering', () => {
    const dir = tempDir();
    const encrypted = createKeyFileCipher(join(dir, 'a.key')).encrypt(PASSWORD);
    expect(() => createKeyFileCipher(join(dir, 'b.key')).decrypt(encrypted)).toThrow();
    const tampered = Buffer.from(encrypted);
    const last = tampered.length - 1;
    tampered.writeUInt8(tampered.readUInt8(last) ^ 1, last);
    expect(() => createKeyFileCipher(join(dir, 'a.key')).decrypt(tampered)).toThrow();
  });
});
