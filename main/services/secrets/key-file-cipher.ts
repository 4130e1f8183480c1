import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { createFileAtomically, writeFileAtomically } from './atomic-file';
import type { SecretCipher } from './secret-store';

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function readKey(keyFile: string): Buffer | null {
  try {
    chmodSync(keyFile, 0o600);
    const key = readFileSync(keyFile);
    return key.length === KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}

/**
 * AES-256-GCM with a random key kept in a file only its owner can read (0600). Used by the browser host,
 * where the OS keychain of Electron is not available: it keeps secrets out of plain text (backups, exports,
 * a glance at the folder), not away from someone who can read the user's files.
 *
 * A key file that is empty or damaged never stops the app: the cipher says it is not usable, the secret
 * store reports its secrets as unreadable, and `renewKey()` (forgetting the secrets) starts again.
 */
export function createKeyFileCipher(keyFile: string): SecretCipher {
  if (!existsSync(keyFile)) createFileAtomically(keyFile, randomBytes(KEY_BYTES));
  let key = readKey(keyFile);
  return {
    kind: 'encrypted-file',
    get isUsable() {
      return key !== null;
    },
    ...aesGcm(() => {
      if (!key) throw new Error(`the key file ${keyFile} is damaged`);
      return key;
    }),
    renewKey() {
      writeFileAtomically(keyFile, randomBytes(KEY_BYTES));
      key = readKey(keyFile);
    },
  };
}

/**
 * AES-256-GCM with a key held in memory: the desktop core process's cipher, whose key main unwraps from
 * the OS keychain (safeStorage is not available outside Electron's main).
 */
export function createAesGcmCipher(key: Buffer, kind: SecretCipher['kind']): SecretCipher {
  return { kind, ...aesGcm(() => key) };
}

function aesGcm(keyOf: () => Buffer): Pick<SecretCipher, 'encrypt' | 'decrypt'> {
  return {
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv(ALGORITHM, keyOf(), iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(encrypted) {
      const decipher = createDecipheriv(ALGORITHM, keyOf(), encrypted.subarray(0, IV_BYTES));
      decipher.setAuthTag(encrypted.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(encrypted.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    },
  };
}
