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

/**
 * Streams the first data file of a ZIP archive out of its bytes (fflate's streaming unzip: the archive is
 * never held whole). `onEntry` learns its name. A ZIP that ends before that file does (an interrupted
 * download) is an error, never a silently shorter directory.
 */
export async function* unzipFirstFile(chunks: AsyncIterable<Uint8Array>, onEntry: (name: string) => void): AsyncGenerator<Uint8Array> {
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  const queue: Uint8Array[] = [];
  let chosen: string | null = null;
  let isComplete = false;
  let failure: Error | null = null;
  unzip.onfile = (file) => {
    if (chosen !== null || !isDataFile(file.name)) return;
    chosen = file.name;
    onEntry(file.name);
    file.ondata = (error, data, final) => {
      if (error) failure = error;
      else {
        if (data.length > 0) queue.push(data);
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
      unzip.push(chunk, final);
    } catch {
      failure ??= new Error('corrupt');
    }
    if (failure) throw unreadableZip('son contenu est endommagé.');
  };
  for await (const chunk of chunks) {
    push(chunk, false);
    while (queue.length > 0) yield queue.shift() as Uint8Array;
    if (isComplete) return;
  }
  push(new Uint8Array(0), true);
  while (queue.length > 0) yield queue.shift() as Uint8Array;
  if (chosen === null) throw new AppError('directory_unreadable', 'Ce fichier ZIP ne contient aucun fichier : il devrait contenir l’annuaire en CSV ou en Excel.');
  if (!isComplete) throw unreadableZip('il s’arrête avant la fin (téléchargement interrompu ?).');
}
