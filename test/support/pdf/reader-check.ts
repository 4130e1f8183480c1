import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { CONTENT_BOTTOM, FOOTER_Y, MARGIN, PAGE } from '../../../main/services/documents/pdf/layout/theme';
import { run, writePdf } from './pdf-tools';

/**
 * The invoice as a reader sees it, through poppler: pdftotext gives the text in drawing order, pdftoppm the
 * pages as pixels. Returns what is wrong, in French-free plain words for the test report (empty: all good).
 */
const squeeze = (text: string) => text.replace(/[\s\u00a0\u202f\u2009\p{Cf}]+/gu, '');

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

/** Texts that must each be read exactly once, in this order (the order the PDF presents them). */
function expectedInOrder(doc: InvoiceDocument): Array<[what: string, text: string]> {
  return [
    ['buyer name', doc.buyer.legalName],
    ...doc.lines.map((line, index): [string, string] => [`line ${index + 1}`, line.description]),
    ...doc.invoice.notes.map((note, index): [string, string] => [`note ${index + 1} (${note.subject})`, note.text]),
  ];
}

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

export function readerProblems(doc: InvoiceDocument, pdf: Buffer, dir: string, name: string): string[] {
  const problems: string[] = [];
  const path = writePdf(dir, name, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [path]))?.[1] ?? '0');
  const raw = squeeze(bodyText(path, pages));
  if (raw.includes('\ufffd')) problems.push('a replacement character U+FFFD is printed');

  let cursor = 0;
  for (const [what, text] of expectedInOrder(doc)) {
    // pdftotext re-orders right-to-left runs by its own rules: those are checked in -layout mode elsewhere.
    if (RTL.test(text) || squeeze(text) === '') continue;
    const found = occurrences(raw, squeeze(text));
    // A text may also be part of a longer one (a short description inside a note): count only whole matches
    // that are not inside another expected text's match — enough here: at least once, in order, and at most
    // as many times as it occurs among the expected texts.
    const expectedCount = expectedInOrder(doc).filter(([, other]) => squeeze(other).includes(squeeze(text))).length;
    if (found.length === 0) problems.push(`${what} is missing: ${JSON.stringify(text.slice(0, 80))}`);
    else if (found.length > expectedCount) problems.push(`${what} is printed ${found.length} times`);
    else {
      const next = found.find((at) => at >= cursor);
      if (next === undefined) problems.push(`${what} is out of order`);
      else cursor = next;
    }
  }
  problems.push(...footerBandProblems(path, dir, name, pages));
  return problems;
}

/** Continuation header of pages 2+ (factur-x-pdf's drawContinuationHeader): what lies above this line. */
const CONTINUATION_HEADER_BOTTOM = MARGIN + 24;

/**
 * The text of the content area of every page, in drawing order: the page furniture (footer on every page, the
 * continuation header from page 2) is cropped out, so a note that flows onto the next page reads as one.
 */
function bodyText(path: string, pages: number): string {
  const parts: string[] = [];
  for (let page = 1; page <= pages; page++) {
    const top = page === 1 ? 0 : CONTINUATION_HEADER_BOTTOM;
    const crop = ['-x', '0', '-y', String(Math.floor(top)), '-W', String(Math.ceil(PAGE.width)), '-H', String(Math.ceil(CONTENT_BOTTOM - top + 1))];
    parts.push(run('pdftotext', ['-raw', '-enc', 'UTF-8', '-f', String(page), '-l', String(page), ...crop, path, '-']));
  }
  return parts.join('\n');
}

const DPI = 72;

/**
 * Nothing is drawn between the content area and the footer's rule: that white band separates what the
 * layout flows from the seller's legal line, so any ink there is text drawn over the footer.
 */
function footerBandProblems(path: string, dir: string, name: string, pages: number): string[] {
  const prefix = join(dir, `${name}-page`);
  run('pdftoppm', ['-gray', '-r', String(DPI), path, prefix]);
  const problems: string[] = [];
  const files = readdirSync(dir).filter((file) => file.startsWith(`${name}-page`) && file.endsWith('.pgm')).sort();
  if (files.length !== pages) problems.push(`pdftoppm gave ${files.length} pages for ${pages}`);
  for (const [index, file] of files.entries()) {
    const { width, pixels } = readPgm(readFileSync(join(dir, file)));
    const first = Math.ceil(((CONTENT_BOTTOM + 1) * DPI) / 72);
    const last = Math.floor(((FOOTER_Y - 8) * DPI) / 72);
    let ink = 0;
    for (let y = first; y <= last; y++) for (let x = 0; x < width; x++) if ((pixels[y * width + x] as number) < 200) ink++;
    if (ink > 0) problems.push(`page ${index + 1}: ${ink} dark pixels in the band above the footer`);
    rmSync(join(dir, file));
  }
  return problems;
}

function readPgm(bytes: Buffer): { width: number; height: number; pixels: Uint8Array } {
  // "P5\n<width> <height>\n255\n" then one byte per pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [all, width, height] = header as unknown as [string, string, string];
  return { width: Number(width), height: Number(height), pixels: bytes.subarray(all.length) };
}
