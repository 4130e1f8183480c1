import { safeStorage } from 'electron';
import type { SecretCipher } from '../services/secrets/secret-store';

/** The desktop app's cipher: Electron's safeStorage, backed by the OS keychain (DPAPI, Keychain, libsecret). */
export function createSafeStorageCipher(): SecretCipher | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  // On Linux without a keyring, safeStorage falls back to a hard-coded key: not a real protection.
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return {
    kind: 'os-keychain',
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (encrypted) => safeStorage.decryptString(encrypted),
  };
}
