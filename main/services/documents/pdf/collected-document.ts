import PDFDocument from 'pdfkit';
import type { PdfReference } from './font-subsets';
import { compressAtStreamLevel } from './stream-compression';

type Doc = InstanceType<typeof PDFDocument>;

/** What pdfkit (0.20.2, pinned) writes through: the document's `_write` and each page's `write`/`end`. */
interface PdfKitPage {
  write(chunk: string | Uint8Array): unknown;
  end(): unknown;
}
interface PdfKitWriter {
  page: PdfKitPage;
  _offset: number;
  _waiting: number;
}

/** Each document's bytes, in the order pdfkit writes them: binary strings (one byte per character) or bytes. */
const written = new WeakMap<object, Array<string | Uint8Array>>();

/**
 * A PDFDocument that keeps what it writes instead of pushing it into its Readable stream. pdfkit writes every
 * object synchronously (zlib.deflateSync; logos opened by openLogo), so after `end()` the PDF is complete:
 * rendering stays synchronous, which issuing needs (better-sqlite3 transactions cannot await).
 * - Why not read the stream: Node's stream machinery schedules callbacks on process.nextTick that hold the
 *   document, so a caller rendering in a loop that does not return to the event loop (one await chain, a
 *   synchronous batch) kept every document it made (≈ 50 KB each) until the loop ended.
 * - pdfkit turns every string it writes into a Uint8Array of its own, one per object line and, in a page's
 *   content stream, one per drawing operation (hundreds per page), then concatenates them. Here the strings
 *   are kept as they are and converted once: a page's operations are joined before they reach its stream, and
 *   the file is assembled into one buffer at the end. The bytes are the same.
 */
export class CollectedDocument extends (PDFDocument as unknown as new (options: PDFKit.PDFDocumentOptions) => Doc) {
  _write(data: string | Uint8Array): void {
    const chunk = typeof data === 'string' ? `${data}\n` : data;
    let chunks = written.get(this);
    if (!chunks) written.set(this, (chunks = []));
    chunks.push(chunk);
    (this as unknown as PdfKitWriter)._offset += chunk.length;
  }

  /** pdfkit's end() pushes null to end the stream: nothing is ever pushed into it, so nothing is scheduled. */
  override push(): boolean {
    return false;
  }

  /** Every object; its stream, if any, compressed at our level (stream-compression.ts). */
  override ref(data: object): PDFKit.PDFKitReference {
    const reference = super.ref(data);
    compressAtStreamLevel(reference as unknown as PdfReference);
    return reference;
  }

  override addPage(options?: PDFKit.PDFDocumentOptions): this {
    super.addPage(options);
    batchContent((this as unknown as PdfKitWriter).page);
    return this;
  }
}

/** A page's drawing operations, written to its content stream as one string when the page ends (same bytes). */
function batchContent(page: PdfKitPage): void {
  const { write, end } = page;
  const pending: string[] = [];
  const flush = () => {
    // As bytes (with the line end pdfkit would add to a string): converted natively, and the stream's only chunk.
    if (pending.length > 0) write.call(page, Buffer.from(`${pending.join('\n')}\n`, 'latin1'));
    pending.length = 0;
  };
  page.write = (chunk) => {
    if (typeof chunk === 'string') return pending.push(chunk);
    flush();
    return write.call(page, chunk);
  };
  page.end = () => {
    flush();
    return end.call(page);
  };
}

/** The whole PDF, once `end()` has written the trailer. */
export function collectedBytes(pdf: Doc): Buffer {
  if ((pdf as unknown as PdfKitWriter)._waiting !== 0) throw new Error('pdfkit did not finish the PDF synchronously');
  const chunks = written.get(pdf) ?? [];
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const out = Buffer.allocUnsafe(length);
  let offset = 0;
  for (const chunk of chunks) {
    if (typeof chunk === 'string') offset += out.write(chunk, offset, 'latin1');
    else {
      out.set(chunk, offset);
      offset += chunk.length;
    }
  }
  return out;
}
