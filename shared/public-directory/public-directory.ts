import { z } from 'zod';

/** What the importer looks for in a directory file, found by the columns' header names. */
export const DIRECTORY_FIELDS = [
  'siret',
  'name',
  'address',
  'postcode',
  'city',
  'serviceCode',
  'serviceLabel',
  'serviceActive',
  /** A file with one row per structure may list its services' codes in one cell (« Services » : A|B). */
  'serviceCodes',
  'serviceCodeRequired',
  'engagementRequired',
  'ejOrServiceRequired',
  'paymentStatusReported',
] as const;
export const DirectoryField = z.enum(DIRECTORY_FIELDS);
export type DirectoryField = z.infer<typeof DirectoryField>;

/** Things an import could not read or had to repair, each counted with a few examples (« ligne 12 : … »). */
export const DirectoryProblem = z.object({
  kind: z.string(),
  /** In French, for the user: « SIRET invalide : ligne ignorée ». */
  label: z.string(),
  count: z.number().int().nonnegative(),
  examples: z.array(z.string()),
});
export type DirectoryProblem = z.infer<typeof DirectoryProblem>;

export const DirectoryImportReport = z.object({
  format: z.enum(['csv', 'xlsx']),
  isZipped: z.boolean(),
  /** The file inside the ZIP, or the sheet of a workbook. */
  part: z.string().optional(),
  encoding: z.string().optional(),
  delimiter: z.string().optional(),
  rowsRead: z.number().int().nonnegative(),
  rowsSkipped: z.number().int().nonnegative(),
  structures: z.number().int().nonnegative(),
  services: z.number().int().nonnegative(),
  columns: z.array(z.object({ field: DirectoryField, header: z.string() })),
  unknownColumns: z.array(z.string()),
  missingColumns: z.array(DirectoryField),
  problems: z.array(DirectoryProblem),
});
export type DirectoryImportReport = z.infer<typeof DirectoryImportReport>;

export const DirectoryImport = z.object({
  source: z.enum(['file', 'chorus']),
  fileName: z.string(),
  startedAt: z.string(),
  finishedAt: z.string(),
  durationMs: z.number().int().nonnegative(),
  outcome: z.enum(['done', 'failed', 'cancelled']),
  structures: z.number().int().nonnegative(),
  services: z.number().int().nonnegative(),
  rowsRead: z.number().int().nonnegative(),
  rowsSkipped: z.number().int().nonnegative(),
  /** Absent when the file could not be read at all. */
  report: DirectoryImportReport.nullable(),
  /** In French: why it failed. */
  error: z.string().nullable(),
});
export type DirectoryImport = z.infer<typeof DirectoryImport>;

/** A directory older than this is worth refreshing (Chorus Pro publishes it about once a week). */
export const DIRECTORY_STALE_AFTER_DAYS = 31;

export const DirectoryStatus = z.object({
  /** The import that made the directory in use; null when none was ever imported. */
  current: DirectoryImport.nullable(),
  /** Older than a month (or never imported): the home page and Réglages remind the user. */
  isStale: z.boolean(),
  ageDays: z.number().int().nullable(),
  /** Size of the directory file on disk, in bytes. */
  fileSize: z.number().int().nonnegative(),
  /** « Mettre à jour l’annuaire » from Chorus Pro is possible (a client with credentials exists). */
  canRefreshOnline: z.boolean(),
  /** The import running now, to follow its `task:progress` events. */
  runningTaskId: z.string().nullable(),
  history: z.array(DirectoryImport),
});
export type DirectoryStatus = z.infer<typeof DirectoryStatus>;

const Requirements = {
  serviceCodeRequired: z.boolean(),
  engagementRequired: z.boolean(),
  ejOrServiceRequired: z.boolean(),
};

export const DirectoryHit = z.object({
  siret: z.string(),
  name: z.string(),
  address: z.string(),
  postcode: z.string(),
  city: z.string(),
  /** Why it was found: the identifier, its name, its town or postcode, one of its services. */
  matchedOn: z.enum(['identifier', 'name', 'place', 'services']),
  activeServices: z.number().int().nonnegative(),
  ...Requirements,
});
export type DirectoryHit = z.infer<typeof DirectoryHit>;

export const DirectoryService = z.object({ code: z.string(), label: z.string(), isActive: z.boolean() });
export type DirectoryService = z.infer<typeof DirectoryService>;

export const DirectoryStructure = DirectoryHit.omit({ matchedOn: true }).extend({
  /** « Mise en paiement remontée »: Chorus Pro shows the payment status; null when the file does not say. */
  paymentStatusReported: z.boolean().nullable(),
  services: z.array(DirectoryService),
});
export type DirectoryStructure = z.infer<typeof DirectoryStructure>;

export const DirectorySearchQuery = z.object({
  text: z.string().trim().max(100),
  limit: z.number().int().min(1).max(50).default(20),
});

export const DirectorySearchResult = z.object({ hits: z.array(DirectoryHit), isDirectoryEmpty: z.boolean() });
export type DirectorySearchResult = z.infer<typeof DirectorySearchResult>;
