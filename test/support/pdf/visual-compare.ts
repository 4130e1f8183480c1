import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decodePng, type GreyImage } from './png-decode';
import { encodePng } from './png-encode';
import { run } from './pdf-tools';

/**
 * Page 1 rendered by poppler at 60 dpi in grey, against a committed PNG in test/fixtures/visual/.
 * Tolerance: a pixel "differs" when its grey level moves by more than 48 (of 255); the page matches when at
 * most 0.2 % of its pixels differ (≈ 700 of 350 000, a few glyphs' worth): anti-aliasing noise between
 * poppler builds passes, a moved block, a missing line or a changed amount does not.
 * UPDATE_VISUAL_REFERENCES=1 rewrites the references (a missing one is a failure otherwise); a failure writes the actual page and a diff to
 * test/artifacts/visual/ to look at.
 */
export const PIXEL_THRESHOLD = 48;
export const MAX_DIFFERING_RATIO = 0.002;

const REFERENCE_DIR = resolve(__dirname, '../../fixtures/visual');
const ARTIFACT_DIR = resolve(__dirname, '../../artifacts/visual');

export function renderFirstPage(pdfPath: string, dir: string): Buffer {
  const prefix = join(dir, 'page');
  run('pdftoppm', ['-r', '60', '-gray', '-png', '-f', '1', '-l', '1', '-singlefile', pdfPath, prefix]);
  return readFileSync(`${prefix}.png`);
}

export interface VisualResult {
  updated: boolean;
  differingRatio: number;
  sameSize: boolean;
}

function differingRatio(a: GreyImage, b: GreyImage, diff: Uint8Array): number {
  let differing = 0;
  for (let i = 0; i < a.pixels.length; i++) {
    const delta = Math.abs((a.pixels[i] as number) - (b.pixels[i] as number));
    if (delta > PIXEL_THRESHOLD) differing++;
    diff[i] = delta > PIXEL_THRESHOLD ? 255 : 0;
  }
  return differing / a.pixels.length;
}

export function compareWithReference(name: string, png: Buffer): VisualResult {
  const referencePath = join(REFERENCE_DIR, `${name}.png`);
  if (process.env.UPDATE_VISUAL_REFERENCES === '1') {
    mkdirSync(REFERENCE_DIR, { recursive: true });
    writeFileSync(referencePath, png);
    return { updated: true, differingRatio: 0, sameSize: true };
  }
  if (!existsSync(referencePath)) throw new Error(`No reference ${referencePath}: run the test with UPDATE_VISUAL_REFERENCES=1 and commit it.`);
  const actual = decodePng(png);
  const expected = decodePng(readFileSync(referencePath));
  const sameSize = actual.width === expected.width && actual.height === expected.height;
  const diff = new Uint8Array(actual.pixels.length);
  const ratio = sameSize ? differingRatio(actual, expected, diff) : 1;
  if (ratio > MAX_DIFFERING_RATIO) {
    mkdirSync(ARTIFACT_DIR, { recursive: true });
    writeFileSync(join(ARTIFACT_DIR, `${name}.actual.png`), png);
    if (sameSize) writeFileSync(join(ARTIFACT_DIR, `${name}.diff.png`), encodePng(actual.width, actual.height, (x, y) => {
      const v = diff[y * actual.width + x] as number;
      return [v, 0, 0, 255];
    }));
  }
  return { updated: false, differingRatio: ratio, sameSize };
}
