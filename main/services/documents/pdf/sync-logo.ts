import { PNG } from 'pngjs';
import type PDFDocument from 'pdfkit';
import type { Logo } from './layout/header-block';

type Doc = InstanceType<typeof PDFDocument>;

/**
 * The parts of pdfkit's PNG image (png-js, pdfkit 0.20.2) that decide how it is embedded. A PNG with an
 * alpha channel, indexed transparency or interlacing is decoded by png-js with the asynchronous
 * `zlib.inflate`, which would make the PDF finish after `end()` returns; issuing needs the bytes inside
 * its transaction, so those images are decoded here, synchronously, by pngjs.
 */
interface PngJsImage {
  colorType: number;
  bits: number;
  colors: number;
  hasAlphaChannel: boolean;
  interlaceMethod: number;
  palette: number[];
  transparency: { indexed?: unknown; grayscale?: unknown; rgb?: unknown };
  colorSpace: string;
  decodePixels(fn: (pixels: Uint8Array) => void): void;
}

interface PdfKitPngImage {
  width: number;
  height: number;
  image?: PngJsImage;
}

/** Decoded images whose objects pdfkit writes once `end()` has written the rest (see finishLogos). */
const pendingLogos = new WeakMap<Doc, Array<() => void>>();

/**
 * Opens the logo for `doc.image()` so that embedding it needs no event loop. For an 8-bit RGBA PNG (what
 * logos are re-encoded to at upload) pngjs gives exactly the pixels png-js would, and `finishLogos` hands
 * them over at the moment png-js's inflate callback used to run, so the PDF bytes are those of pdfkit's
 * own asynchronous path. Other PNGs with transparency (grey + alpha, palette + tRNS, 16 bits,
 * interlaced) are drawn from their RGBA pixels: same picture, pdfkit's RGB + soft-mask form.
 */
export function openLogo(doc: Doc, logo: Logo): PdfKitPngImage {
  // openImage is pdfkit's public ImagesMixin method, missing from @types/pdfkit.
  const image = (doc as unknown as { openImage(src: Buffer): PdfKitPngImage }).openImage(logo.bytes);
  const png = image.image;
  if (logo.type !== 'image/png' || !png) return image;
  const isAsync = png.hasAlphaChannel || png.transparency.indexed !== undefined || png.interlaceMethod === 1;
  if (!isAsync) return image;
  const rgba = PNG.sync.read(logo.bytes).data;
  Object.assign(png, {
    colorType: 6,
    bits: 8,
    colors: 3,
    hasAlphaChannel: true,
    interlaceMethod: 0,
    palette: [],
    transparency: {},
    colorSpace: 'DeviceRGB',
  } satisfies Partial<PngJsImage>);
  const pixels = new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.length);
  png.decodePixels = (fn) => {
    const pending = pendingLogos.get(doc) ?? [];
    pending.push(() => fn(pixels));
    pendingLogos.set(doc, pending);
  };
  return image;
}

/**
 * Call right after `doc.end()`: writes the decoded logos, as zlib.inflate's callback did once the
 * synchronous rendering was over; pdfkit then writes the cross-reference table and the trailer.
 */
export function finishLogos(doc: Doc): void {
  for (const write of pendingLogos.get(doc)?.splice(0) ?? []) write();
}
