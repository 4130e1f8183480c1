import { existsSync, readFileSync } from 'node:fs';
import { AppError } from '../../errors/app-error';
import { writeFileAtomically } from './atomic-file';

/**
 * Encrypts and decrypts one secret. Electron's safeStorage (the OS keychain) in the desktop app; a key
 * file readable by the user only in the browser host.
 */
export interface SecretCipher {
  readonly kind: 'os-keychain' | 'encrypted-file';
  /** False when the key itself is lost or damaged (key file emptied or overwritten). */
  readonly isUsable?: boolean;
  encrypt(plain: string): Buffer;
  decrypt(encrypted: Buffer): string;
  /** A new key, for starting again after the old one was lost (the old secrets are forgotten with it). */
  renewKey?(): void;
}

/** Secrets are kept per Chorus Pro environment: a qualification account is not a production one. */
export type SecretEnvironment = 'qualification' | 'production';
export type SecretKind = 'piste.clientSecret' | 'chorus.technicalPassword';
/** The Chorus Pro secrets of each environment, and the key that seals the journal (main/services/journal/). */
export type SecretName = `${SecretEnvironment}.${SecretKind}` | 'journal.anchorKey';

const SECRET_NAME = /^(?:(?:qualification|production)\.(?:piste\.clientSecret|chorus\.technicalPassword)|journal\.anchorKey)$/;

export function isSecretName(name: string): name is SecretName {
  return SECRET_NAME.test(name);
}

/** 'unreadable': saved secrets can no longer be decrypted (damaged file, lost key); forget them to start again. */
export type SecretsHealth = 'ok' | 'unreadable';

/** The only way secrets are kept. Values never go to the database, logs or the renderer. */
export interface SecretStore {
  readonly kind: SecretCipher['kind'];
  health(): SecretsHealth;
  set(name: SecretName, value: string): void;
  /** Throws AppError `secrets_unreadable` when the saved value cannot be decrypted. */
  get(name: SecretName): string | null;
  has(name: SecretName): boolean;
  delete(name: SecretName): void;
  /** Every secret kept, decrypted (a backup that carries them encrypts them again with a passphrase). */
  entries(): Array<[SecretName, string]>;
  /** Moves a value saved under an older name (secrets of version 0.1 had no environment). */
  rename(from: string, to: SecretName): void;
  /** The way out of `unreadable`: every secret forgotten, a new key. */
  forgetAll(): void;
}

type Entries = Record<string, string>;

function parseEntries(text: string): Entries | null {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    return Object.values(value).every((blob) => typeof blob === 'string') ? (value as Entries) : null;
  } catch {
    return null;
  }
}

/**
 * Secrets as encrypted blobs in one JSON file, written atomically. A damaged file or key never crashes
 * the app: `health()` says so, reads throw a French AppError, and `forgetAll()` starts again.
 */
export function createSecretStore(file: string, cipher: SecretCipher): SecretStore {
  const read = (): Entries | null => (existsSync(file) ? parseEntries(readFileSync(file, 'utf8')) : {});
  const write = (entries: Entries) => writeFileAtomically(file, JSON.stringify(entries, null, 2));
  const unreadable = () => AppError.of('secrets_unreadable');
  const decrypt = (blob: string): string | null => {
    try {
      return cipher.decrypt(Buffer.from(blob, 'base64'));
    } catch {
      return null;
    }
  };
  const readable = (): Entries => {
    const entries = read();
    if (entries === null) throw unreadable();
    return entries;
  };

  const store: SecretStore = {
    kind: cipher.kind,
    health() {
      const entries = read();
      if (entries === null) return 'unreadable';
      return Object.values(entries).every((blob) => decrypt(blob) !== null) ? 'ok' : 'unreadable';
    },
    set(name, value) {
      const entries = readable();
      // A lost key with nothing saved under it loses nothing: take a new one without asking.
      if (cipher.isUsable === false && Object.keys(entries).length === 0) cipher.renewKey?.();
      // Writing next to secrets nobody can read would hide that they are lost: forgetting them comes first.
      if (cipher.isUsable === false || store.health() === 'unreadable') throw unreadable();
      write({ ...entries, [name]: cipher.encrypt(value).toString('base64') });
    },
    get(name) {
      const blob = readable()[name];
      if (blob === undefined) return null;
      const value = decrypt(blob);
      if (value === null) throw unreadable();
      return value;
    },
    has(name) {
      return read()?.[name] !== undefined;
    },
    delete(name) {
      const entries = readable();
      if (!(name in entries)) return;
      delete entries[name];
      write(entries);
    },
    entries() {
      return Object.entries(readable()).flatMap(([name, blob]): Array<[SecretName, string]> => {
        if (!isSecretName(name)) return [];
        const value = decrypt(blob);
        if (value === null) throw unreadable();
        return [[name, value]];
      });
    },
    rename(from, to) {
      const entries = read();
      const blob = entries?.[from];
      if (!entries || blob === undefined) return;
      delete entries[from];
      write({ ...entries, [to]: blob });
    },
    forgetAll() {
      cipher.renewKey?.();
      write({});
    },
  };
  return store;
}
