import { z } from 'zod';

/** What is known of one good backup (kept beside it in the backups folder, see main/services/backup/). */
export const BackupRecord = z.object({
  id: z.string(),
  /** auto: made by the app daily; manual: « Sauvegarder maintenant »; safety: the data as it was before a restore. */
  kind: z.enum(['auto', 'manual', 'safety']),
  at: z.string(),
  /** Paris calendar day, for rotation and display. */
  day: z.string(),
  /** The file name in the backups folder, or for a manual backup the path chosen or the downloaded name. */
  location: z.string(),
  size: z.number().int().nonnegative(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  /** The journal's chain head in the backup: the same value after a restore proves nothing was lost. */
  chainHead: z.string(),
  journalEvents: z.number().int().nonnegative(),
  issuedInvoices: z.number().int().nonnegative(),
  hasSecrets: z.boolean(),
});
export type BackupRecord = z.infer<typeof BackupRecord>;

export const BackupStatus = z.object({
  lastGood: BackupRecord.nullable(),
  /** No good backup, or the last one is older than 7 days: Accueil warns. */
  isOverdue: z.boolean(),
  backups: z.array(BackupRecord),
  folder: z.string(),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

/** What a channel that starts long work answers: follow `taskId` through `task:progress`. */
export const Launched = z.discriminatedUnion('status', [
  z.object({ status: z.literal('started'), taskId: z.string() }),
  z.object({ status: z.literal('cancelled') }),
]);

export const SaveBackupRequest = z
  .object({
    includeSecrets: z.boolean().default(false),
    passphrase: z.string().max(1000).optional(),
  })
  .refine((value) => !value.includeSecrets || (value.passphrase ?? '').length >= 8, {
    error: 'Choisissez une phrase de passe d’au moins 8 caractères pour chiffrer les secrets.',
    path: ['passphrase'],
  });

export const RestoreBackupRequest = z.object({
  /** Browser host: the id the upload got; the desktop app asks for the file with a dialog instead. */
  uploadId: z.string().regex(/^[0-9a-f]{32}$/).optional(),
  /** Only for a backup that carries secrets; without it they are not restored. */
  passphrase: z.string().max(1000).optional(),
});
