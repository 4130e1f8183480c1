import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { create } from 'fontkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderFacturXPdf } from '../../../main/services/documents/pdf/factur-x-pdf';
import { fontFile } from '../../../main/services/documents/pdf/pdf-fonts';
import { isComposite, renumberComponents, trueTypeGlyphs } from '../../../main/services/documents/pdf/truetype-glyphs';
import { creditNote, franchiseInvoice, placeholderCii, vatInvoice } from '../../support/pdf/pdf-fixtures';
import { extractText, listFonts, runStatus, writePdf } from '../../support/pdf/pdf-tools';
import { makeTempDir } from '../../support/temp-dir';

/** The compact font subsets (font-subsets.ts): small, valid, deterministic whatever the cache holds. */
const RARE = 'Résistance 10 Ω, câble du pays de Galles « ŵ »';

/** The objects of a pdfkit PDF (no object streams): dictionary text and raw stream bytes by number. */
function objects(pdf: Buffer): Map<number, { dict: string; stream?: Buffer }> {
  const text = pdf.toString('latin1');
  const found = new Map<number, { dict: string; stream?: Buffer }>();
  const header = /(\d+) 0 obj\n/g;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = match.index + match[0].length;
    const streamAt = text.indexOf('\nstream\n', start);
    const endAt = text.indexOf('endobj', start);
    if (streamAt >= 0 && streamAt < endAt) {
      const dict = text.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      found.set(Number(match[1]), { dict, stream: pdf.subarray(streamAt + 8, streamAt + 8 + length) });
    } else {
      found.set(Number(match[1]), { dict: text.slice(start, endAt) });
    }
  }
  return found;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

/** Per face (PostScript name without tag): the inflated font program and ToUnicode CMap. */
function embeddedFonts(pdf: Buffer): Map<string, { program: Buffer; cmap: string }> {
  const all = objects(pdf);
  const fonts = new Map<string, { program: Buffer; cmap: string }>();
  for (const { dict } of all.values()) {
    if (!dict.includes('/Subtype /Type0')) continue;
    const name = /\/BaseFont \/[A-Z]{6}\+(\S+)/.exec(dict)?.[1] as string;
    const descendant = all.get(Number(/\/DescendantFonts \[(\d+) 0 R\]/.exec(dict)?.[1]))!;
    const descriptor = all.get(ref(descendant.dict, 'FontDescriptor'))!;
    const program = inflateSync(all.get(ref(descriptor.dict, 'FontFile2'))!.stream!);
    const cmap = inflateSync(all.get(ref(dict, 'ToUnicode'))!.stream!).toString('latin1');
    fonts.set(name, { program, cmap });
  }
  return fonts;
}

/** The CID a ToUnicode CMap (pdfkit's bfrange arrays) maps to `hex` (e.g. "202f"). */
function cidOf(cmap: string, hex: string): number | undefined {
  for (const [, start, entries] of cmap.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
    const index = (entries as string).split(' ').indexOf(`<${hex}>`);
    if (index >= 0) return parseInt(start as string, 16) + index;
  }
  return undefined;
}

/** Every CID shown by the page content streams (pdfkit writes them as 4-digit hex strings). */
function shownCids(pdf: Buffer): Set<number> {
  const cids = new Set<number>();
  for (const { dict, stream } of objects(pdf).values()) {
    if (!stream || dict.includes('/Type') || dict.includes('/N 3') || dict.includes('/Subtype')) continue;
    let content: string;
    try {
      content = inflateSync(stream).toString('latin1');
    } catch {
      continue;
    }
    if (!content.includes(' Tf')) continue;
    for (const [, hex] of content.matchAll(/<([0-9a-f]+)>/g)) for (let i = 0; i < (hex as string).length; i += 4) cids.add(parseInt((hex as string).slice(i, i + 4), 16));
  }
  return cids;
}

let dir: ReturnType<typeof makeTempDir>;
let common: Buffer;
let rare: Buffer;
let rarePath: string;

async function render(doc: ReturnType<typeof franchiseInvoice>): Promise<Buffer> {
  return renderFacturXPdf(doc, placeholderCii(doc));
}

function rareInvoice(): ReturnType<typeof franchiseInvoice> {
  const doc = franchiseInvoice();
  doc.lines.push({ ...doc.lines[0]!, description: RARE });
  return doc;
}

beforeAll(async () => {
  dir = makeTempDir('facturier-pdf-subsets-');
  common = await render(franchiseInvoice());
  rare = await render(rareInvoice());
  rarePath = writePdf(dir.path, 'rare', rare);
});
afterAll(() => dir.remove());

describe('compact font subsets (font-subsets.ts)', () => {
  it('embeds only the glyphs the document prints, outlines without hinting: a one-page invoice stays under 30 KiB', () => {
    expect(common.length).toBeLessThanOrEqual(30 * 1024);
    for (const [name, { program }] of embeddedFonts(common)) {
      const font = create(program) as unknown as { numGlyphs: number; directory: { tables: Record<string, unknown> } };
      expect(font.numGlyphs, name).toBeLessThan(120);
      for (const tag of ['fpgm', 'prep', 'cvt ']) expect(font.directory.tables[tag], `${name} ${tag}`).toBeUndefined();
    }
    expect(runStatus('qpdf', ['--check', writePdf(dir.path, 'common', common)]).status).toBe(0);
  });

  it('maps U+202F to a glyph the page shows (« 2 809,50 € » keeps its narrow no-break space)', () => {
    const shown = shownCids(common);
    const regular = embeddedFonts(common).get('DejaVuSans')!;
    expect(shown.has(cidOf(regular.cmap, '202f')!)).toBe(true);
  });

  it('embeds a larger subset for rarer glyphs, still valid, extracted as text', () => {
    expect(runStatus('qpdf', ['--check', rarePath]).status).toBe(0);
    expect(listFonts(rarePath).every((font) => font.embedded)).toBe(true);
    const regular = embeddedFonts(rare).get('DejaVuSans')!;
    expect(cidOf(regular.cmap, '03a9')).toBeDefined();
    expect(cidOf(regular.cmap, '0175')).toBeDefined();
    const text = extractText(rarePath).join('\n');
    expect(text).toContain('10 Ω');
    expect(text).toContain('« ŵ »');
    expect(text).toContain('Main-d’œuvre');
  });

  it('gives the same bytes whether the encoded subsets were cached or not, and across documents in between', async () => {
    expect((await render(rareInvoice())).equals(rare)).toBe(true);
    expect((await render(vatInvoice())).length).toBeGreaterThan(0);
    expect((await render(franchiseInvoice())).equals(common)).toBe(true);
    expect((await render(creditNote())).length).toBeGreaterThan(0);
  });

  it('copies each glyph and its metrics from the font bytes as fontkit reads them (truetype-glyphs.ts)', () => {
    // Fonts of their own: getGlyph() here would leave glyphs without code points in the documents' fontkit cache.
    for (const face of (['regular', 'bold'] as const).map((name) => create(readFileSync(fontFile(name))))) {
      const font = face as unknown as {
        stream: { buffer: Uint8Array };
        loca: { offsets: number[] };
        getGlyph(gid: number): { advanceWidth: number; _getMetrics(): { leftBearing: number }; _decode(): { numberOfContours: number; components?: Array<{ glyphID: number }> } | null };
      };
      const glyphs = trueTypeGlyphs(font.stream.buffer);
      const bytes = Buffer.from(font.stream.buffer);
      for (let gid = 0; gid < face.numGlyphs; gid++) {
        const program = glyphs.program(gid);
        const glyf = font.getGlyph(gid)._decode();
        expect(program.length, `${face.postscriptName} ${gid}`).toBe((font.loca.offsets[gid + 1] as number) - (font.loca.offsets[gid] as number));
        expect(glyphs.metrics(gid), `${face.postscriptName} ${gid}`).toEqual({ advance: font.getGlyph(gid).advanceWidth, bearing: font.getGlyph(gid)._getMetrics().leftBearing });
        expect(isComposite(program)).toBe((glyf?.numberOfContours ?? 0) < 0);
        if (glyf?.components) {
          const seen: number[] = [];
          renumberComponents(program, (component) => seen.push(component));
          expect(seen).toEqual(glyf.components.map((component) => component.glyphID));
        }
      }
      expect(Buffer.from(font.stream.buffer).equals(bytes), 'the font bytes are left as they were').toBe(true);
    }
  });

  it('leaves fontkit its code points: a glyph embedded first keeps its text when fontkit shapes it later (a Hebrew word with «"»)', () => {
    const quoted = franchiseInvoice();
    quoted.buyer.legalName = 'Société "Alpha"'; // bold
    quoted.lines[0]!.description = 'Audit "boîte noire"'; // regular
    renderFacturXPdf(quoted, placeholderCii(quoted));
    const hebrew = franchiseInvoice();
    hebrew.buyer.legalName = 'יוסף כהן בע"מ';
    hebrew.lines[0]!.description = 'Traduction : צה"ל';
    const text = extractText(writePdf(dir.path, 'hebrew', renderFacturXPdf(hebrew, placeholderCii(hebrew)))).join('\n');
    expect(text).toContain('בע"מ');
    expect(text).toContain('צה"ל');
  });
});
