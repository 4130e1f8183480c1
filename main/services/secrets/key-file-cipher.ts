import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { SecretCipher } from './secret-store';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM with a random key kept in a file only its owner can read (0600). Used by the browser host,
 * where the OS keychain of Electron is not available: it keeps secrets out of plain text (backups, exports,
 * a glance at the folder), not away from someone who can read the user's files.
 */
export function createKeyFileCipher(keyFile: string): SecretCipher {
  if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(32), { mode: 0o600, flag: 'wx' });
  chmodSync(keyFile, 0o600);
  const key = readFileSync(keyFile);
  if (key.length !== 32) throw new Error(`invalid key file ${keyFile}`);
  return createAesGcmCipher(key, 'encrypted-file');
}

/**
 * AES-256-GCM with a key held in memory: the key file's cipher above, and the desktop core process's,
 * whose key main unwraps from the OS keychain (safeStorage is not available outside Electron's main).
 */
export function createAesGcmCipher(key: Buffer, kind: SecretCipher['kind']): SecretCipher {
  return {
    kind,
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(encrypted) {
      const decipher = createDecipheriv(ALGORITHM, key, encrypted.subarray(0, IV_BYTES));
      decipher.setAuthTag(encrypted.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(encrypted.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}
