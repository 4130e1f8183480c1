import { inflateSync } from 'node:zlib';

/**
 * Decodes the 8-bit, non-interlaced grey or RGB(A) PNGs pdftoppm writes, to one grey byte per pixel.
 * Enough for comparing renderings; not a general PNG reader.
 */
export interface GreyImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(png: Buffer): GreyImage {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 1;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0) throw new Error('Only 8-bit non-interlaced PNGs are supported.');
      channels = CHANNELS[body[9] as number] ?? 0;
      if (!channels) throw new Error(`Unsupported PNG colour type ${body[9]}.`);
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const current = new Uint8Array(stride);
  let previous = new Uint8Array(stride);
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] as number;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? (current[i - channels] as number) : 0;
      const b = previous[i] as number;
      const c = i >= channels ? (previous[i - channels] as number) : 0;
      const predictor = filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : 0;
      current[i] = ((line[i] as number) + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const p = x * channels;
      // Grey from RGB with integer Rec. 601 weights; alpha is ignored (pdftoppm writes none).
      pixels[y * width + x] = channels >= 3 ? ((current[p] as number) * 299 + (current[p + 1] as number) * 587 + (current[p + 2] as number) * 114) / 1000 : (current[p] as number);
    }
    previous = Uint8Array.from(current);
  }
  return { width, height, pixels };
}
