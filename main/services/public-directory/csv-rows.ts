import Papa from 'papaparse';

/** The UTF-8 guess was wrong past the first bytes: the import starts again as Windows-1252. */
export class EncodingMismatch extends Error {
  constructor() {
    super('not UTF-8 after all');
    this.name = 'EncodingMismatch';
  }
}

export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le';

export interface CsvInfo {
  encoding: CsvEncoding;
  delimiter: string;
}

const DELIMITERS = [';', ',', '\t', '|'] as const;

/** The separator used most on the first lines, outside quotes (Excel in French writes `;`). */
export function guessDelimiter(text: string): string {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, 10);
  let best: string = ';';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = lines.reduce((sum, line) => sum + line.replace(/"[^"]*"/g, '').split(delimiter).length - 1, 0);
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** A BOM says it all; otherwise bytes that are not valid UTF-8 mean Windows-1252 (Excel « CSV » in French). */
function sniffEncoding(head: Uint8Array): { encoding: CsvEncoding; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: 'windows-1252', bomLength: 0 };
  }
}

async function* decode(chunks: AsyncIterable<Uint8Array>, forced: CsvEncoding | undefined, onInfo: (encoding: CsvEncoding) => void): AsyncGenerator<string> {
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  for await (const chunk of chunks) {
    let bytes = chunk;
    if (decoder === null) {
      const sniffed = sniffEncoding(chunk);
      const encoding = forced ?? sniffed.encoding;
      onInfo(encoding);
      decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
      bytes = chunk.subarray(sniffed.encoding === encoding ? sniffed.bomLength : 0);
    }
    try {
      yield decoder.decode(bytes, { stream: true });
    } catch {
      throw new EncodingMismatch();
    }
  }
  if (decoder) yield decoder.decode();
}

/** A line longer than this is no directory row: the text is split even inside an (unclosed) quote. */
const MAX_CARRY = 1024 * 1024;

/**
 * Where the complete lines of `text` end: after the last line break that is not inside a quoted field (an
 * even number of quotes before it, since a quote inside a field is written twice). -1 when there is none.
 */
function endOfCompleteLines(text: string): number {
  let quotes = 0;
  let end = -1;
  for (let i = text.indexOf('"'), from = 0; ; i = text.indexOf('"', i + 1)) {
    const upTo = i === -1 ? text.length : i;
    if (quotes % 2 === 0) {
      const newline = text.lastIndexOf('\n', upTo - 1);
      if (newline >= from) end = newline;
    }
    if (i === -1) break;
    quotes++;
    from = i + 1;
  }
  return end === -1 && text.length > MAX_CARRY ? text.lastIndexOf('\n') : end;
}

/**
 * The rows of a CSV file, streamed, in batches (one per chunk read): encoding detected (UTF-8 with or without
 * BOM, Windows-1252, UTF-16), separator guessed from the first lines, fields parsed by Papa Parse. Each batch
 * holds complete lines only, so a quoted field with line breaks is never cut.
 */
export async function* csvRows(chunks: AsyncIterable<Uint8Array>, onInfo: (info: CsvInfo) => void, forced?: CsvEncoding): AsyncGenerator<string[][]> {
  let encoding: CsvEncoding = 'utf-8';
  let delimiter: string | null = null;
  let carry = '';
  const parse = (text: string) => Papa.parse<string[]>(text, { delimiter: delimiter as string, skipEmptyLines: 'greedy' }).data;
  for await (const text of decode(chunks, forced, (found) => (encoding = found))) {
    if (delimiter === null) {
      delimiter = guessDelimiter(text.slice(0, 64 * 1024));
      onInfo({ encoding, delimiter });
    }
    carry += text;
    const end = endOfCompleteLines(carry);
    if (end === -1) continue;
    const complete = carry.slice(0, end + 1);
    carry = carry.slice(end + 1);
    yield parse(complete);
  }
  if (delimiter !== null && carry.trim() !== '') yield parse(carry);
}
