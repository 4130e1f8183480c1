import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { AppError } from '../../errors/app-error';

/**
 * The secrets a backup carries when the user asks: keychain-encrypted secrets cannot move to another PC,
 * so they travel encrypted with a passphrase the user chooses. scrypt (N = 2^15, r = 8, p = 1: ≈ 32 MiB
 * and ≈ 0.1 s, in libuv's thread pool, never on the core's thread) derives a 256-bit key; AES-256-GCM
 * encrypts and authenticates, so a wrong passphrase or an altered bundle is refused, never misread.
 */
const KDF = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const MIN_PASSPHRASE = 8;

interface SecretsBundle {
  format: 1;
  kdf: 'scrypt';
  N: number;
  r: number;
  p: number;
  salt: string;
  iv: string;
  tag: string;
  data: string;
}

function deriveKey(passphrase: string, salt: Buffer, params: ScryptOptions & { N: number }): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem: KDF.maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export function checkPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE) {
    throw new AppError('invalid_input', `La phrase de passe doit compter au moins ${MIN_PASSPHRASE} caractères.`, 'passphrase');
  }
}

export async function encryptSecrets(secrets: Record<string, string>, passphrase: string): Promise<string> {
  checkPassphrase(passphrase);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, KDF);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const data = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
  const bundle: SecretsBundle = {
    format: 1,
    kdf: 'scrypt',
    N: KDF.N,
    r: KDF.r,
    p: KDF.p,
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
  return JSON.stringify(bundle);
}

export async function decryptSecrets(stored: string, passphrase: string): Promise<Record<string, string>> {
  let bundle: SecretsBundle;
  try {
    bundle = JSON.parse(stored) as SecretsBundle;
  } catch {
    throw new AppError('backup_unreadable', 'Les secrets de cette sauvegarde sont illisibles.');
  }
  // Bounds on what the file may ask of us: a forged N would otherwise make scrypt eat the memory.
  if (bundle.format !== 1 || bundle.kdf !== 'scrypt' || 128 * bundle.N * bundle.r > KDF.maxmem || bundle.p > 4) {
    throw new AppError('backup_unreadable', 'Les secrets de cette sauvegarde sont dans un format inconnu.');
  }
  const key = await deriveKey(passphrase, Buffer.from(bundle.salt, 'base64'), { N: bundle.N, r: bundle.r, p: bundle.p });
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(bundle.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(bundle.tag, 'base64'));
    const plain = Buffer.concat([decipher.update(Buffer.from(bundle.data, 'base64')), decipher.final()]).toString('utf8');
    return JSON.parse(plain) as Record<string, string>;
  } catch {
    throw AppError.of('backup_passphrase', 'passphrase');
  }
}
