import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFacturXPdf } from '../../../main/services/documents/pdf/factur-x-pdf';
import { create } from 'fontkit';
import { fallbackCovers, fontFile, invoiceFonts, pdfkitFaces, primaryCovers } from '../../../main/services/documents/pdf/pdf-fonts';
import { franchiseInvoice, placeholderCii, vatInvoice } from '../../support/pdf/pdf-fixtures';
import { extractText, listFonts, run, writePdf } from '../../support/pdf/pdf-tools';
import { makeTempDir } from '../../support/temp-dir';

/** Fonts: DejaVu from the npm package, embedded and subset, and every French character drawn and extractable. */
const STANDARD_14 = /^(Courier|Helvetica|Times|Symbol|ZapfDingbats)/;
/** What French invoices print: accents, ligatures, guillemets, the euro, typographic spaces and dashes. */
const FRENCH = 'àâäçéèêëîïôöùûüÿæœÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸÆŒ«»€’‘“”–—…°²³½·\u00a0\u202f';

let dir: ReturnType<typeof makeTempDir>;
let path: string;

beforeAll(async () => {
  dir = makeTempDir('facturier-pdf-');
  const doc = franchiseInvoice();
  doc.lines.push({ ...doc.lines[0]!, description: `Glyphes : ${FRENCH}` });
  path = writePdf(dir.path, 'glyphs', await renderFacturXPdf(doc, placeholderCii(doc)));
});
afterAll(() => dir.remove());

describe('fonts of the invoice PDF', () => {
  it('embeds every font, none of the standard 14', () => {
    const fonts = listFonts(path);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    for (const font of fonts) {
      expect(font.embedded).toBe(true);
      expect(font.name).not.toMatch(STANDARD_14);
      expect(font.type).toBe('CID TrueType');
    }
  });

  it('draws every French character with a real glyph (no .notdef) in both faces', () => {
    const { regular, bold } = invoiceFonts();
    for (const char of FRENCH) {
      expect(regular.hasGlyphForCodePoint(char.codePointAt(0)!), char).toBe(true);
      expect(bold.hasGlyphForCodePoint(char.codePointAt(0)!), char).toBe(true);
    }
    for (const char of FRENCH) expect(primaryCovers(char.codePointAt(0)!), char).toBe(true);
  });

  it('has a fallback face for what DejaVu Sans lacks (CJK, Hangul, emoji), so nothing prints as U+FFFD', () => {
    for (const char of ['中', '한', '🍕', 'ሀ']) {
      expect(primaryCovers(char.codePointAt(0)!), char).toBe(false);
      expect(fallbackCovers(char.codePointAt(0)!), char).toBe(true);
    }
  });

  it('extracts the French glyphs as text (œ « » € accents, no-break spaces)', () => {
    const text = extractText(path).join('\n');
    expect(text).toContain('Main-d’œuvre');
    expect(text).toContain('« Chorus Pro »');
    expect(text).toContain('Développement logiciel');
    expect(text).toContain('Hôtel de Ville');
    expect(text).toContain('€');
    // pdftotext turns every kind of space into a plain one, so the amount is matched loosely here...
    expect(text).toMatch(/\d \d{3},\d{2} €/);
    const glyphs = text.slice(text.indexOf('Glyphes'));
    for (const char of FRENCH.replace(/[\u00a0\u202f]/g, '')) expect(glyphs, char).toContain(char);
  });

  it('maps the no-break spaces to their own glyphs (U+00A0, U+202F) in the ToUnicode CMaps', () => {
    // ...and the CMaps prove the narrow no-break space of "2 809,50 €" was drawn with its own glyph.
    const out = `${dir.path}/qdf.pdf`;
    run('qpdf', ['--qdf', '--object-streams=disable', path, out]);
    const objects = readFileSync(out, 'latin1');
    expect(objects).toContain('<202f>');
    expect(objects).toContain('<00a0>');
    expect(objects).toContain('<0153>');
  });

  it('reuses the parsed fonts across documents and still embeds a subset in each', async () => {
    const first = invoiceFonts();
    const doc = vatInvoice();
    const other = writePdf(dir.path, 'other', await renderFacturXPdf(doc, placeholderCii(doc)));
    expect(invoiceFonts()).toBe(first);
    expect(listFonts(other).every((font) => font.embedded)).toBe(true);
    expect(extractText(other).join('\n')).toContain('Boulangerie Martin');
  });

  it('hands pdfkit the same font descriptor values as fontkit, read from the TTF bytes (pdfkit-face.ts)', () => {
    for (const face of ['regular', 'bold'] as const) {
      // A font of its own: fontkit decodes the post table and glyph 0 here, which is what pdfkitFaces() avoids.
      const fontkit = create(readFileSync(fontFile(face))) as unknown as { post: { italicAngle: number; isFixedPitch: number }; italicAngle: number; getGlyph(id: number): { advanceWidth: number } };
      const pdfkit = pdfkitFaces()[face] as unknown as typeof fontkit & { postscriptName: string; unitsPerEm: number };
      expect(pdfkit.post.italicAngle, face).toBe(fontkit.post.italicAngle);
      expect(pdfkit.post.isFixedPitch, face).toBe(fontkit.post.isFixedPitch);
      expect(pdfkit.italicAngle, face).toBe(fontkit.italicAngle);
      expect(pdfkit.getGlyph(0).advanceWidth, face).toBe(fontkit.getGlyph(0).advanceWidth);
      expect(pdfkit.postscriptName).toBe(invoiceFonts()[face].postscriptName);
    }
  });
});
