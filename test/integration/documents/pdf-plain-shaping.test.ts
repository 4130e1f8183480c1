import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fontFile, invoiceFonts, type InvoiceFonts } from '../../../main/services/documents/pdf/pdf-fonts';
import { isPlainCandidate, plainShaper } from '../../../main/services/documents/pdf/plain-shaping';
import { PLAIN_SHAPING } from '../../../main/services/documents/pdf/plain-shaping-data';

/**
 * The plain shaper must lay text out exactly as fontkit does (same glyphs, same code points, same positions as
 * pdfkit scales them), or the PDF would change. When this fails after a font or fontkit update, run
 * `npx tsx scripts/generate-plain-shaping.ts`.
 */
interface FontkitRun {
  glyphs: Array<{ id: number; codePoints: number[] }>;
  positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }>;
}

const SCALE = 1000 / 2048;

/** pdfkit's EmbeddedFont.layoutRun over fontkit, as the PDF would get it without the plain shaper. */
function fontkitRun(face: keyof InvoiceFonts, text: string) {
  const font = invoiceFonts()[face];
  const run = font.layout(text) as FontkitRun;
  const glyphs = run.glyphs.map((glyph) => ({ id: glyph.id, codePoints: [...glyph.codePoints] }));
  const positions = run.positions.map((position, i) => ({
    xAdvance: position.xAdvance * SCALE,
    yAdvance: position.yAdvance * SCALE,
    xOffset: position.xOffset * SCALE,
    yOffset: position.yOffset * SCALE,
    advanceWidth: font.getGlyph(run.glyphs[i]!.id).advanceWidth * SCALE,
  }));
  return { glyphs, positions, advanceWidth: positions.reduce((sum, position) => sum + position.xAdvance, 0) };
}

function plainRun(face: keyof InvoiceFonts, text: string) {
  const run = plainShaper(invoiceFonts()[face].postscriptName)?.layout(text, SCALE);
  return run && { ...run, glyphs: run.glyphs.map((glyph) => ({ id: glyph.id, codePoints: [...glyph.codePoints] })) };
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const PLAIN: string[] = [];
for (let codePoint = 0x20; codePoint <= 0x2212; codePoint++) if (isPlainCandidate(codePoint)) PLAIN.push(String.fromCodePoint(codePoint));
/** Where fontkit does something: the f-ligatures and the most kerned letters, digits and punctuation. */
const BUSY = [...'fffiilllfAVWYTLPFkyvwo.,«»’‘-–— 0147/€\u00a0\u202f', 'Té', 'Ç', 'ŷ'];

describe('plain shaping (plain-shaping.ts)', () => {
  it('was generated from the installed DejaVu faces', () => {
    for (const face of ['regular', 'bold'] as const) {
      const sha256 = createHash('sha256').update(readFileSync(fontFile(face))).digest('hex');
      expect(PLAIN_SHAPING[invoiceFonts()[face].postscriptName]?.sha256, face).toBe(sha256);
    }
  });

  it('lays every plain character and invoice words out as fontkit does', () => {
    const words = ['Désignation', 'Quantité', 'TOTAL', 'Main-d’œuvre', 'efficace', 'affluent', 'offline', 'fffi', 'fiffl', '40,00 €', '1 250,00', '« Chorus Pro »', '12/2026', '(TVA)', 'AVAVA', "L'Yonne", 'Wallis-et-Futuna', '…', '%', ''];
    for (const face of ['regular', 'bold'] as const) {
      for (const text of [...PLAIN, ...words]) expect(plainRun(face, text), `${face} ${JSON.stringify(text)}`).toEqual(fontkitRun(face, text));
    }
  });

  it('lays random plain strings out as fontkit does', () => {
    const next = random(20261202);
    for (const face of ['regular', 'bold'] as const) {
      for (let n = 0; n < 3000; n++) {
        const pool = next() < 0.5 ? BUSY : PLAIN;
        let text = '';
        for (let length = 1 + Math.floor(next() * 8); length > 0; length--) text += pool[Math.floor(next() * pool.length)];
        expect(plainRun(face, text), `${face} ${JSON.stringify(text)}`).toEqual(fontkitRun(face, text));
      }
    }
  });

  it('sums a text’s width as pdfkit does: runs ending after each space, added in order', () => {
    const next = random(7);
    for (const face of ['regular', 'bold'] as const) {
      for (let n = 0; n < 500; n++) {
        let text = '';
        for (let length = 1 + Math.floor(next() * 30); length > 0; length--) text += next() < 0.2 ? ' ' : (BUSY[Math.floor(next() * BUSY.length)] as string);
        const runs = text.match(/[^ \t]*[ \t]|[^ \t]+$/g) ?? [];
        const expected = runs.reduce((sum, run) => sum + fontkitRun(face, run).advanceWidth, 0);
        expect(plainShaper(invoiceFonts()[face].postscriptName)?.advance(text), `${face} ${JSON.stringify(text)}`).toBe(expected);
      }
    }
  });

  it('leaves to fontkit what it does not cover: other scripts, combining marks, hidden format characters', () => {
    for (const text of ['Ελλάδα', 'Москва', 'e\u0301', 'a\u00adb', 'x\u200by', '中文', '🍕']) expect(plainRun('regular', text), text).toBeUndefined();
  });
});
