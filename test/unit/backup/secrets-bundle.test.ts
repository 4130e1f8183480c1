import { describe, expect, it } from 'vitest';
import { decryptSecrets, encryptSecrets } from '../../../main/services/backup/secrets-bundle';

const secrets = { 'piste.clientSecret': 'c0ffee-secret-PISTE', 'chorus.technicalPassword': 'Mot de passe été 2026 !' };

describe('secrets carried by a backup', () => {
  it('come back with the right passphrase, and never appear in clear in the bundle', async () => {
    const bundle = await encryptSecrets(secrets, 'ma phrase de passe');
    expect(bundle).not.toContain('c0ffee');
    expect(Buffer.from(JSON.parse(bundle).data, 'base64').toString('latin1')).not.toContain('c0ffee');
    expect(await decryptSecrets(bundle, 'ma phrase de passe')).toEqual(secrets);
  });

  it('are refused with a wrong passphrase, in French', async () => {
    const bundle = await encryptSecrets(secrets, 'ma phrase de passe');
    await expect(decryptSecrets(bundle, 'ma phrase de pass')).rejects.toMatchObject({ code: 'backup_passphrase', message: expect.stringMatching(/^Phrase de passe incorrecte/) });
  });

  it('are refused when one byte of the bundle was changed (authenticated encryption)', async () => {
    const bundle = JSON.parse(await encryptSecrets(secrets, 'ma phrase de passe')) as { data: string };
    const bytes = Buffer.from(bundle.data, 'base64');
    bytes[3] = (bytes[3] as number) ^ 1;
    await expect(decryptSecrets(JSON.stringify({ ...bundle, data: bytes.toString('base64') }), 'ma phrase de passe')).rejects.toMatchObject({ code: 'backup_passphrase' });
  });

  it('refuse a short passphrase, and a bundle that would make scrypt eat the memory', async () => {
    await expect(encryptSecrets(secrets, 'court')).rejects.toMatchObject({ code: 'invalid_input', field: 'passphrase' });
    const bundle = JSON.parse(await encryptSecrets(secrets, 'ma phrase de passe')) as Record<string, unknown>;
    await expect(decryptSecrets(JSON.stringify({ ...bundle, N: 2 ** 24 }), 'ma phrase de passe')).rejects.toMatchObject({ code: 'backup_unreadable' });
  });

  it('salt every bundle: the same secrets and passphrase never give the same bytes', async () => {
    expect(await encryptSecrets(secrets, 'ma phrase de passe')).not.toBe(await encryptSecrets(secrets, 'ma phrase de passe'));
  });
});
