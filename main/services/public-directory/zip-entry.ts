import { crc32 } from 'node:zlib';
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { AppError } from '../../errors/app-error';

const PK = [0x50, 0x4b, 0x03, 0x04];

export function isZip(head: Uint8Array): boolean {
  return PK.every((byte, i) => head[i] === byte);
}

/** The name of the first entry of a ZIP, read from its first local header (an XLSX starts with its parts). */
export function firstEntryName(head: Uint8Array): string | null {
  if (!isZip(head) || head.length < 30) return null;
  const length = (head[26] as number) | ((head[27] as number) << 8);
  if (head.length < 30 + length) return null;
  return new TextDecoder().decode(head.subarray(30, 30 + length));
}

/** An Office Open XML package (XLSX) rather than a ZIP holding a file: its entries are its parts. */
export function isOfficePartName(name: string): boolean {
  return name === '[Content_Types].xml' || /^(_rels|docProps|xl)\//.test(name);
}

const isDataFile = (name: string) => !name.endsWith('/') && !name.startsWith('__MACOSX/') && !/(^|\/)\./.test(name);

export const unreadableZip = (detail: string) =>
  new AppError('directory_unreadable', `Ce fichier ZIP est illisible : ${detail} Téléchargez-le de nouveau, puis réessayez.`);

/** Enough of the end of an archive to hold its central directory (one file in Chorus Pro's ZIP). */
const TAIL_BYTES = 256 * 1024;

/** The CRC-32 the central directory records for `name`, or undefined when it is not in `tail`; null when no directory end is there. */
function recordedCrc(tail: Uint8Array, name: string): number | undefined | null {
  const view = Buffer.from(tail.buffer, tail.byteOffset, tail.length);
  if (view.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) === -1) return null;
  const wanted = Buffer.from(name);
  for (let at = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at !== -1 && at + 46 <= view.length; at = view.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    const nameLength = view.readUInt16LE(at + 28);
    if (view.subarray(at + 46, at + 46 + nameLength).equals(wanted)) return view.readUInt32LE(at + 16);
  }
  return undefined;
}

/**
 * Streams the first data file of a ZIP archive out of its bytes (fflate's streaming unzip: the archive is
 * never held whole). `onEntry` learns its name. The data is checked against the CRC-32 of the archive's
 * central directory once read, and an archive that ends early (an interrupted download) is refused: never
 * a silently shorter or garbled directory. The consumer sees the error before the import is swapped in.
 */
export async function* unzipFirstFile(chunks: AsyncIterable<Uint8Array>, onEntry: (name: string) => void): AsyncGenerator<Uint8Array> {
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  const queue: Uint8Array[] = [];
  let chosen: string | null = null;
  let isComplete = false;
  let crc = 0;
  let failure: Error | null = null;
  let tail = new Uint8Array(0);
  unzip.onfile = (file) => {
    if (chosen !== null || !isDataFile(file.name)) return;
    chosen = file.name;
    onEntry(file.name);
    file.ondata = (error, data, final) => {
      if (error) failure = error;
      else {
        if (data.length > 0) {
          crc = crc32(data, crc);
          queue.push(data);
        }
        if (final) isComplete = true;
      }
    };
    try {
      file.start();
    } catch {
      failure = new Error('unsupported compression');
    }
  };
  const push = (chunk: Uint8Array, final: boolean) => {
    try {
      if (!isComplete) unzip.push(chunk, final);
    } catch {
      failure ??= new Error('corrupt');
    }
    if (failure) throw unreadableZip('son contenu est endommagé.');
  };
  for await (const chunk of chunks) {
    push(chunk, false);
    while (queue.length > 0) yield queue.shift() as Uint8Array;
    const joined = new Uint8Array(Math.min(TAIL_BYTES, tail.length + chunk.length));
    const keep = joined.length - chunk.length;
    if (keep > 0) joined.set(tail.subarray(tail.length - keep), 0);
    joined.set(chunk.subarray(Math.max(0, chunk.length - joined.length)), Math.max(0, keep));
    tail = joined;
  }
  push(new Uint8Array(0), true);
  while (queue.length > 0) yield queue.shift() as Uint8Array;
  if (chosen === null) throw new AppError('directory_unreadable', 'Ce fichier ZIP ne contient aucun fichier : il devrait contenir l’annuaire en CSV ou en Excel.');
  const expected = recordedCrc(tail, chosen);
  if (!isComplete || expected === null) throw unreadableZip('il s’arrête avant la fin (téléchargement interrompu ?).');
  if (expected !== undefined && expected !== crc >>> 0) throw unreadableZip('son contenu est endommagé.');
}
