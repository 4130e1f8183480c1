import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { createKeyFileCipher } from '../../../main/services/secrets/key-file-cipher';
import { createSecretStore } from '../../../main/services/secrets/secret-store';
import { saveQualificationSecrets } from '../../support/chorus-connection-setup';
import { useTestCores } from '../../support/test-core';
import { recordsOf, scriptedDesktop, shopWithHistory } from '../../support/backup-setup';
import { valueOf } from '../../support/invoicing-setup';
import { chainHead } from '../../../main/services/journal/chain-head';

const CLIENT_SECRET = 'piste-secret-7f3a9c1e-très-secret';
const PASSWORD = 'Mot2Passe!Technique#2026';
const PASSPHRASE = 'la boulangerie de Beaufort';
const cores = useTestCores();

/** The Chorus Pro secrets kept in a data folder (the journal's own key, made at first start, left aside). */
const secretsOf = (core: Core & { dataDir: string }) =>
  Object.fromEntries(
    createSecretStore(join(core.dataDir, 'secrets.json'), createKeyFileCipher(join(core.dataDir, 'secrets.key')))
      .entries()
      .filter(([name]) => name !== 'journal.anchorKey'),
  );

/** A shop with Chorus Pro secrets, backed up (with or without them) onto a "USB key". */
async function backUp(includeSecrets: boolean): Promise<{ file: string; shop: Core & { dataDir: string } }> {
  const key = join(cores.tempDir(), 'cle');
  mkdirSync(key);
  const target = join(key, 'sauvegarde.sqlite');
  const shop = cores.open({ desktop: scriptedDesktop({ save: target }) });
  await shopWithHistory(shop);
  await saveQualificationSecrets(shop, { pisteClientSecret: CLIENT_SECRET, technicalPassword: PASSWORD });
  const launched = await shop.backups.saveNow({ includeSecrets, ...(includeSecrets ? { passphrase: PASSPHRASE } : {}) });
  if (launched.status !== 'started') throw new Error('expected a started backup');
  await launched.result;
  return { file: target, shop };
}

describe('secrets in a backup', () => {
  it('are left out unless the user asks', async () => {
    const { file } = await backUp(false);
    expect(readFileSync(file).includes(Buffer.from('piste-secret'))).toBe(false);
    const fresh = cores.open();
    const restored = await fresh.backups.restoreFile(file, PASSPHRASE).result;
    expect(restored.secrets).toBe('kept');
    expect(secretsOf(fresh)).toEqual({});
  });

  it('travel encrypted with the passphrase and come back on another PC', async () => {
    const { file, shop } = await backUp(true);
    const bytes = readFileSync(file);
    expect(bytes.includes(Buffer.from('piste-secret'))).toBe(false);
    expect(bytes.includes(Buffer.from(PASSWORD))).toBe(false);
    const fresh = cores.open();
    expect((await fresh.backups.restoreFile(file, PASSPHRASE).result).secrets).toBe('restored');
    expect(secretsOf(fresh)).toEqual({ 'qualification.piste.clientSecret': CLIENT_SECRET, 'qualification.chorus.technicalPassword': PASSWORD });
    // The journal's key travelled with them: the restored record verifies with the same chain head.
    expect(valueOf(await fresh.invoke('journal:verify', {})).isIntact).toBe(true);
    expect(chainHead(fresh.db)).toEqual(chainHead(shop.db));
    expect(valueOf(await fresh.invoke('chorusConnection:get', {}))).toMatchObject({ hasPisteClientSecret: true, hasTechnicalPassword: true });
  });

  it('are skipped without the passphrase, and the user is told to enter them again', async () => {
    const { file } = await backUp(true);
    const fresh = cores.open();
    const { result, taskId } = fresh.backups.restoreFile(file);
    const last = new Promise<string>((resolve) =>
      fresh.events.subscribe((name, payload) => {
        const event = payload as { taskId: string; state: string; message?: string };
        if (name === 'task:progress' && event.taskId === taskId && event.state === 'done') resolve(event.message ?? '');
      }),
    );
    expect((await result).secrets).toBe('skipped');
    expect(await last).toContain('Les secrets Chorus Pro n’ont pas été restaurés : saisissez-les de nouveau dans Réglages.');
    expect(secretsOf(fresh)).toEqual({});
  });

  it('refuse a wrong passphrase before anything changes', async () => {
    const { file } = await backUp(true);
    const current = cores.open();
    await shopWithHistory(current);
    const before = await recordsOf(current);
    await expect(current.backups.restoreFile(file, 'pas la bonne phrase').result).rejects.toMatchObject({ code: 'backup_passphrase' });
    expect(await recordsOf(current)).toEqual(before);
  });

  it('need a passphrase of 8 characters or more to be saved at all', async () => {
    const shop = cores.open({ desktop: scriptedDesktop({ save: join(cores.tempDir(), 'x.sqlite') }) });
    expect(await shop.invoke('backups:save', { includeSecrets: true, passphrase: 'court' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'passphrase', message: 'Choisissez une phrase de passe d’au moins 8 caractères pour chiffrer les secrets.' },
    });
  });
});
