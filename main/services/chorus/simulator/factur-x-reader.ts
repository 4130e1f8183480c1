import { inflateSync } from 'node:zlib';

/**
 * The XML embedded in a Factur-X PDF, read the way the simulator needs it and no further: find the file
 * specification named factur-x.xml (any embedded file when none is), follow its /EF /F reference to the
 * EmbeddedFile stream, and inflate it when it is FlateDecode. Enough for PDFs written like ours (no object
 * streams, no encryption); anything else reads as "no embedded invoice", which Chorus Pro rejects too.
 */
export function embeddedInvoiceXml(pdf: Buffer): string | null {
  if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') return null;
  const text = pdf.toString('latin1');
  const objectNumber = facturXFileStream(text) ?? firstEmbeddedFile(text);
  if (objectNumber === null) return null;
  const stream = readStream(pdf, text, objectNumber);
  return stream === null ? null : stream.toString('utf8');
}

/** The object number of factur-x.xml's EmbeddedFile stream, from its /Filespec. */
function facturXFileStream(text: string): number | null {
  for (const match of text.matchAll(/\/Type\s*\/Filespec/g)) {
    const start = text.lastIndexOf(' obj', match.index);
    const end = text.indexOf('endobj', match.index);
    const spec = text.slice(start, end);
    if (!/\/U?F\s*\(factur-x\.xml\)/i.test(spec)) continue;
    const reference = /\/EF\s*<<[^>]*\/F\s+(\d+)\s+\d+\s+R/.exec(spec);
    if (reference) return Number(reference[1]);
  }
  return null;
}

function firstEmbeddedFile(text: string): number | null {
  const match = /(\d+)\s+\d+\s+obj\s*<<(?:(?!endobj)[\s\S])*?\/Type\s*\/EmbeddedFile/.exec(text);
  return match ? Number(match[1]) : null;
}

function integerObject(text: string, objectNumber: number): number | null {
  const match = new RegExp(`(?:^|\\s)${objectNumber}\\s+0\\s+obj\\s*(\\d+)\\s*endobj`).exec(text);
  return match ? Number(match[1]) : null;
}

function readStream(pdf: Buffer, text: string, objectNumber: number): Buffer | null {
  const header = new RegExp(`(?:^|\\s)${objectNumber}\\s+0\\s+obj\\b`).exec(text);
  if (!header) return null;
  const keyword = /stream\r?\n/g;
  keyword.lastIndex = header.index;
  const streamStart = keyword.exec(text);
  const objectEnd = text.indexOf('endobj', header.index);
  if (!streamStart || (objectEnd !== -1 && streamStart.index > objectEnd)) return null;
  const dictionary = text.slice(header.index, streamStart.index);
  const dataStart = streamStart.index + streamStart[0].length;
  const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
  const indirect = /\/Length\s+(\d+)\s+\d+\s+R/.exec(dictionary);
  const length = direct ? Number(direct[1]) : indirect ? integerObject(text, Number(indirect[1])) : null;
  const dataEnd = length !== null && dataStart + length <= pdf.length ? dataStart + length : text.indexOf('endstream', dataStart);
  if (dataEnd < dataStart) return null;
  const data = pdf.subarray(dataStart, dataEnd);
  if (!/\/Filter\s*\/FlateDecode/.test(dictionary)) return /\/Filter/.test(dictionary) ? null : data;
  try {
    return inflateSync(data);
  } catch {
    return null;
  }
}
