import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSafeStorageCipher } from './safe-storage-cipher';

/** The data key, as the OS keychain (safeStorage) encrypted it. */
const KEYCHAIN_KEY_FILE = 'secrets.keychain';

/**
 * The key the core process encrypts secrets with, kept wrapped by the OS keychain: safeStorage exists only
 * in Electron's main process, so main unwraps the key and hands it to the core over their private channel
 * (envelope encryption, as Chromium does for its cookies). Null without a real keychain: the core then
 * uses its key file, as in the browser host.
 */
export function keychainDataKey(dataDir: string): Uint8Array<ArrayBuffer> | null {
  const keychain = createSafeStorageCipher();
  if (!keychain) return null;
  const file = join(dataDir, KEYCHAIN_KEY_FILE);
  if (existsSync(file)) return new Uint8Array(Buffer.from(keychain.decrypt(readFileSync(file)), 'base64'));
  const key = randomBytes(32);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(file, keychain.encrypt(key.toString('base64')), { mode: 0o600, flag: 'wx' });
  return new Uint8Array(key);
}
