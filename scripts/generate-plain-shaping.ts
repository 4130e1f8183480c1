/**
 * Writes main/services/documents/pdf/plain-shaping-data.ts: what fontkit's shaping does to plain invoice text
 * (Latin, French typography) in each DejaVu face, so that such text is laid out without fontkit's GSUB/GPOS
 * pass (plain-shaping.ts says why). Everything is asked of fontkit itself:
 * - each code point's glyph and advance, and whether fontkit takes it as Latin script (a run's script is that
 *   of its first Latin character; a run without one is shaped with the default script, which has no
 *   ligatures and fewer kerning pairs);
 * - the ligatures of the Latin `liga` feature whose components are all plain characters, in the font's order;
 * - the kerning of every pair of these glyphs (ligatures included), for both scripts, by laying out the pair.
 * Run it after changing the font package or fontkit: `npx tsx scripts/generate-plain-shaping.ts` (≈ 15 s).
 * test/integration/documents/pdf-plain-shaping.test.ts fails when the file and the fonts disagree.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Font } from 'fontkit';
import { fontFile, invoiceFonts } from '../main/services/documents/pdf/pdf-fonts';
import { isPlainCandidate, type PlainShapingData } from '../main/services/documents/pdf/plain-shaping';

interface FontkitGlyph {
  id: number;
  advanceWidth: number;
}
interface FontkitRun {
  glyphs: FontkitGlyph[];
  positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }>;
  script: string;
}
interface LigatureSubtable {
  coverage: { glyphs?: number[]; rangeRecords?: Array<{ start: number; end: number }> };
  ligatureSets: { toArray(): Array<Array<{ glyph: number; components: number[] }>> };
}
interface GsubTable {
  scriptList: Array<{ tag: string; script: { defaultLangSys: { featureIndexes: number[] } } }>;
  featureList: Array<{ tag: string; feature: { lookupListIndexes: number[] } }>;
  lookupList: { get(index: number): { lookupType: number; subTables: LigatureSubtable[] } };
}
type ShapingFont = Omit<Font, 'layout'> & {
  layout(input: string | FontkitGlyph[], features?: string[], script?: string): FontkitRun;
  GSUB: GsubTable;
};

function coveredGlyphs(coverage: LigatureSubtable['coverage']): number[] {
  if (coverage.glyphs) return coverage.glyphs;
  return (coverage.rangeRecords ?? []).flatMap(({ start, end }) => Array.from({ length: end - start + 1 }, (_, i) => start + i));
}

function faceData(font: ShapingFont, file: string): PlainShapingData {
  const glyphs: number[] = [];
  const byGlyph = new Map<number, number>();
  for (let codePoint = 0; codePoint <= 0xffff; codePoint++) {
    if (!isPlainCandidate(codePoint) || !font.hasGlyphForCodePoint(codePoint)) continue;
    const run = font.layout(String.fromCodePoint(codePoint));
    const [glyph] = run.glyphs;
    if (run.glyphs.length !== 1 || !glyph || run.positions[0]?.xAdvance !== glyph.advanceWidth) throw new Error(`U+${codePoint.toString(16)} is not one plain glyph`);
    if (run.script !== 'latn' && run.script !== 'zzzz') throw new Error(`U+${codePoint.toString(16)}: script ${run.script}`);
    glyphs.push(codePoint, glyph.id, glyph.advanceWidth, run.script === 'latn' ? 1 : 0);
    byGlyph.set(glyph.id, codePoint);
  }

  // The Latin ligatures made only of plain characters, in the order fontkit tries them.
  const gsub = font.GSUB;
  const latin = gsub.scriptList.find((entry) => entry.tag === 'latn')?.script.defaultLangSys.featureIndexes ?? [];
  const ligatures: number[][] = [];
  const ligatureGlyphs: FontkitGlyph[] = [];
  for (const featureIndex of latin) {
    const feature = gsub.featureList[featureIndex];
    if (feature?.tag !== 'liga') continue;
    for (const lookupIndex of feature.feature.lookupListIndexes) {
      const lookup = gsub.lookupList.get(lookupIndex);
      if (lookup.lookupType !== 4) throw new Error(`liga lookup ${lookupIndex} of type ${lookup.lookupType}`);
      for (const subtable of lookup.subTables) {
        const firsts = coveredGlyphs(subtable.coverage);
        subtable.ligatureSets.toArray().forEach((set, index) => {
          const first = byGlyph.get(firsts[index] as number);
          if (first === undefined) return;
          for (const { glyph, components } of set) {
            const rest = components.map((id) => byGlyph.get(id));
            if (rest.some((codePoint) => codePoint === undefined)) continue;
            const ligature = font.getGlyph(glyph);
            ligatures.push([glyph, ligature.advanceWidth, first, ...(rest as number[])]);
            ligatureGlyphs.push(ligature);
          }
        });
      }
    }
  }

  // Kerning: every ordered pair, laid out by fontkit in each script.
  const pairGlyphs = [...byGlyph.keys()].map((id) => font.getGlyph(id));
  const kern = (script: string, withLigatures: boolean): number[] => {
    const all = withLigatures ? [...pairGlyphs, ...ligatureGlyphs] : pairGlyphs;
    const pairs: number[] = [];
    for (const left of all) {
      for (const right of all) {
        const run = font.layout([left, right], [], script);
        if (run.glyphs.length !== 2) continue; // a ligature, recorded above
        const [a, b] = run.positions;
        if (run.glyphs[0]?.id !== left.id || run.glyphs[1]?.id !== right.id || !a || !b) throw new Error(`pair ${left.id} ${right.id} substituted`);
        if (a.yAdvance || a.xOffset || a.yOffset || b.xOffset || b.yOffset || b.xAdvance !== right.advanceWidth) throw new Error(`pair ${left.id} ${right.id} moves more than the first advance`);
        if (a.xAdvance !== left.advanceWidth) pairs.push(left.id, right.id, a.xAdvance - left.advanceWidth);
      }
    }
    return pairs;
  };
  const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
  return { sha256, unitsPerEm: font.unitsPerEm, glyphs, ligatures, latinKerning: kern('latn', true), defaultKerning: kern('zzzz', false) };
}

const fonts = invoiceFonts();
const data = {
  [fonts.regular.postscriptName]: faceData(fonts.regular as unknown as ShapingFont, fontFile('regular')),
  [fonts.bold.postscriptName]: faceData(fonts.bold as unknown as ShapingFont, fontFile('bold')),
};
const body = Object.entries(data)
  .map(
    ([name, face]) => `  '${name}': {
    sha256: '${face.sha256}',
    unitsPerEm: ${face.unitsPerEm},
    glyphs: [${face.glyphs.join(',')}],
    ligatures: [${face.ligatures.map((ligature) => `[${ligature.join(',')}]`).join(',')}],
    latinKerning: [${face.latinKerning.join(',')}],
    defaultKerning: [${face.defaultKerning.join(',')}],
  },`,
  )
  .join('\n');
const text = `/**
 * Generated by scripts/generate-plain-shaping.ts from the DejaVu faces and fontkit: do not edit.
 * glyphs: [code point, glyph, advance, 1 if Latin script]…; ligatures: [glyph, advance, code points…];
 * kerning: [left glyph, right glyph, adjustment of the left advance]…, in font units.
 */
import type { PlainShapingData } from './plain-shaping';

export const PLAIN_SHAPING: Readonly<Record<string, PlainShapingData>> = {
${body}
};
`;
writeFileSync(resolve(__dirname, '../main/services/documents/pdf/plain-shaping-data.ts'), text);
for (const [name, face] of Object.entries(data)) {
  console.log(`${name}: ${face.glyphs.length / 4} glyphs, ${face.ligatures.length} ligatures, ${face.latinKerning.length / 3} + ${face.defaultKerning.length / 3} kerning pairs`);
}
