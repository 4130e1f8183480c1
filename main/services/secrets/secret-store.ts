import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/**
 * Encrypts and decrypts one secret. Electron's safeStorage (the OS keychain) in the desktop app; a key
 * file readable by the user only in the browser host.
 */
export interface SecretCipher {
  readonly kind: 'os-keychain' | 'encrypted-file';
  encrypt(plain: string): Buffer;
  decrypt(encrypted: Buffer): string;
}

export const SECRET_NAMES = ['piste.clientSecret', 'chorus.technicalPassword'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

export function isSecretName(name: string): name is SecretName {
  return (SECRET_NAMES as readonly string[]).includes(name);
}

/** The only way secrets are kept. Values never go to the database, logs or the renderer. */
export interface SecretStore {
  readonly kind: SecretCipher['kind'];
  set(name: SecretName, value: string): void;
  get(name: SecretName): string | null;
  has(name: SecretName): boolean;
  delete(name: SecretName): void;
  /** Every secret kept, decrypted (a backup that carries them encrypts them again with a passphrase). */
  entries(): Array<[SecretName, string]>;
}

/** Secrets as encrypted blobs in one JSON file, written atomically (temp file then rename). */
export function createSecretStore(file: string, cipher: SecretCipher): SecretStore {
  const read = (): Record<string, string> => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {});
  const write = (entries: Record<string, string>) => {
    const temp = `${file}.tmp`;
    writeFileSync(temp, JSON.stringify(entries, null, 2), { mode: 0o600 });
    renameSync(temp, file);
  };
  return {
    kind: cipher.kind,
    set(name, value) {
      write({ ...read(), [name]: cipher.encrypt(value).toString('base64') });
    },
    get(name) {
      const blob = read()[name];
      return blob === undefined ? null : cipher.decrypt(Buffer.from(blob, 'base64'));
    },
    has(name) {
      return read()[name] !== undefined;
    },
    delete(name) {
      const entries = read();
      delete entries[name];
      write(entries);
    },
    entries() {
      return Object.entries(read()).flatMap(([name, blob]) => (isSecretName(name) ? [[name, cipher.decrypt(Buffer.from(blob, 'base64'))] as [SecretName, string]] : []));
    },
  };
}
