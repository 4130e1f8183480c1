import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Unzip, UnzipInflate } from 'fflate';
import { z } from 'zod';
import { isSafeArchivePath } from './archive-names';

export const MANIFEST_NAME = 'manifeste.json';
export const ARCHIVE_FORMAT = 'facturier-archive';

/** The archive's table of contents: every other entry's SHA-256 and size, and the journal's chain head. */
export const ArchiveManifest = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  appVersion: z.string(),
  company: z.object({ name: z.string(), siret: z.string() }),
  /** The journal's chain head when the archive was made: the record it comes from, to the last event. */
  chainHead: z.string(),
  pieces: z.number().int().nonnegative(),
  files: z.array(z.object({ path: z.string(), size: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type ArchiveManifest = z.infer<typeof ArchiveManifest>;

export interface ArchiveCheck {
  isIntact: boolean;
  manifest: ArchiveManifest | null;
  /** Each problem found, in French, naming the file. */
  problems: string[];
  checkedFiles: number;
}

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/**
 * Reads a ZIP as a stream (never whole in memory), hashes every entry and checks it against the manifest:
 * each listed file present with its size and SHA-256, nothing unlisted, no name that could escape a folder
 * when extracted. A file changed, added or removed after export is named.
 */
export async function verifyArchive(zipPath: string): Promise<ArchiveCheck> {
  const problems: string[] = [];
  const found = new Map<string, { size: number; sha256: string }>();
  let manifestBytes: Buffer[] = [];
  let manifestSize = 0;
  let entryError: Error | null = null;

  const unzip = new Unzip((file) => {
    if (!isSafeArchivePath(file.name)) problems.push(`nom de fichier dangereux dans l’archive : « ${file.name} »`);
    const isManifest = file.name === MANIFEST_NAME;
    const hash: Hash = createHash('sha256');
    let size = 0;
    file.ondata = (error, data, final) => {
      if (error) {
        entryError = error;
        return;
      }
      size += data.length;
      if (isManifest) {
        manifestSize += data.length;
        if (manifestSize <= MAX_MANIFEST_BYTES) manifestBytes.push(Buffer.from(data));
      } else hash.update(data);
      if (final && !isManifest) {
        if (found.has(file.name)) problems.push(`le fichier ${file.name} figure deux fois dans l’archive`);
        found.set(file.name, { size, sha256: hash.digest('hex') });
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for await (const chunk of createReadStream(zipPath, { highWaterMark: 1024 * 1024 })) unzip.push(chunk as Buffer);
    unzip.push(new Uint8Array(0), true);
  } catch {
    return { isIntact: false, manifest: null, problems: ['ce fichier n’est pas une archive ZIP lisible'], checkedFiles: 0 };
  }
  if (entryError) problems.push('une entrée de l’archive est endommagée (décompression impossible)');

  let manifest: ArchiveManifest | null = null;
  const parsed = manifestBytes.length > 0 && manifestSize <= MAX_MANIFEST_BYTES ? ArchiveManifest.safeParse(safeJson(Buffer.concat(manifestBytes).toString('utf8'))) : null;
  manifestBytes = [];
  if (!parsed) problems.push(`le manifeste (${MANIFEST_NAME}) est absent`);
  else if (!parsed.success) problems.push(`le manifeste (${MANIFEST_NAME}) est illisible`);
  else manifest = parsed.data;

  if (manifest) {
    const listed = new Set<string>();
    for (const entry of manifest.files) {
      listed.add(entry.path);
      const actual = found.get(entry.path);
      if (!actual) problems.push(`le fichier ${entry.path} manque`);
      else if (actual.sha256 !== entry.sha256 || actual.size !== entry.size) problems.push(`le fichier ${entry.path} a été modifié (son empreinte SHA-256 ne correspond plus)`);
    }
    for (const name of found.keys()) if (!listed.has(name)) problems.push(`le fichier ${name} a été ajouté après l’export`);
  }
  return { isIntact: problems.length === 0, manifest, problems, checkedFiles: found.size };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
