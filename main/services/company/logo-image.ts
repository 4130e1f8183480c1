import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import type { CompanyLogo } from '../../db/repositories/company-repository';
import { AppError } from '../../errors/app-error';

/** What a logo may weigh and measure: printed 150 × 56 pt, a few hundred pixels are plenty. */
export const LOGO_LIMITS = { maxBytes: 1024 * 1024, maxSide: 4000, maxPixels: 4_000_000 } as const;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const refuse = (message: string) => new AppError('invalid_input', message, 'logo');
const UNREADABLE = (kind: string) =>
  `Ce fichier commence comme une image ${kind} mais la suite est abîmée ou n’est pas une image : il ne peut pas servir de logo. Exportez-le à nouveau depuis votre logiciel d’image.`;

/** The type read from the bytes, never from what the page says. */
export function logoType(bytes: Buffer): CompanyLogo['type'] | null {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

function checkSize(width: number, height: number): void {
  if (width < 1 || height < 1) throw refuse(UNREADABLE('PNG ou JPEG'));
  if (width > LOGO_LIMITS.maxSide || height > LOGO_LIMITS.maxSide || width * height > LOGO_LIMITS.maxPixels) {
    throw refuse(
      `Ce logo mesure ${width} × ${height} pixels : un logo en compte au plus ${LOGO_LIMITS.maxSide} de côté et ${LOGO_LIMITS.maxPixels / 1_000_000} millions en tout. Réduisez-le (quelques centaines de pixels suffisent).`,
    );
  }
}

/** PNG: the header's size is checked before anything is inflated (no decompression bomb), then pngjs decodes it all. */
function decodePng(bytes: Buffer): PNG {
  if (bytes.length < 33 || bytes.toString('latin1', 12, 16) !== 'IHDR') throw refuse(UNREADABLE('PNG'));
  checkSize(bytes.readUInt32BE(16), bytes.readUInt32BE(20));
  try {
    return PNG.sync.read(bytes);
  } catch {
    throw refuse(UNREADABLE('PNG'));
  }
}

function decodeJpeg(bytes: Buffer): { width: number; height: number; data: Buffer } {
  try {
    const image = jpeg.decode(bytes, { tolerantDecoding: false, formatAsRGBA: true, maxResolutionInMP: LOGO_LIMITS.maxPixels / 1_000_000, maxMemoryUsageInMB: 128 });
    checkSize(image.width, image.height);
    return image;
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof Error && /maxResolutionInMP|maxMemoryUsage/.test(error.message)) checkSize(LOGO_LIMITS.maxSide + 1, 1);
    throw refuse(UNREADABLE('JPEG'));
  }
}

/** Throws the French reason a stored or uploaded logo cannot be printed; returns its type when it can. */
export function checkLogo(bytes: Buffer): CompanyLogo['type'] {
  const type = logoType(bytes);
  if (!type) throw refuse('Le logo doit être une image PNG ou JPEG.');
  if (bytes.length > LOGO_LIMITS.maxBytes) throw refuse('Le logo ne doit pas dépasser 1 Mo.');
  if (type === 'image/png') decodePng(bytes);
  else decodeJpeg(bytes);
  return type;
}

/**
 * A logo as it is kept: decoded and written again, so what is stored is an image we produced (no bytes
 * after it, no unusual PNG variant): PNG stays PNG (8-bit RGB, or RGBA when it has transparency), JPEG
 * stays JPEG (quality 90, without its metadata). Same input, same bytes.
 */
export function normalizeLogo(bytes: Buffer): CompanyLogo {
  const type = checkLogo(bytes);
  if (type === 'image/jpeg') {
    const { width, height, data } = decodeJpeg(bytes); // pixels only: jpeg-js would write the comments back
    return { type, bytes: jpeg.encode({ width, height, data }, 90).data };
  }
  const png = decodePng(bytes);
  let isOpaque = true;
  for (let i = 3; i < png.data.length && isOpaque; i += 4) isOpaque = png.data[i] === 255;
  return { type, bytes: PNG.sync.write(png, { colorType: isOpaque ? 2 : 6, inputColorType: 6, inputHasAlpha: true }) };
}
