import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Debian PDF tools the tests trust more than our own code: qpdf, poppler's pdffonts, pdfinfo,
 * pdfdetach, pdftotext, pdftoppm and libxml2's xmllint. Each writes the PDF in `dir` and runs the tool.
 */
export function run(command: string, args: readonly string[], input?: string): string {
  return execFileSync(command, args, { encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Like run, but returns the exit code and both outputs instead of throwing. */
export function runStatus(command: string, args: readonly string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const failure = error as { status?: number; stdout?: string; stderr?: string };
    return { status: failure.status ?? 1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
  }
}

export function writePdf(dir: string, name: string, pdf: Buffer): string {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
}

/** pdffonts' table, one row per font (columns are fixed-width; emb is the 4th token from the end). */
export function listFonts(path: string): FontRow[] {
  const lines = run('pdffonts', [path]).trim().split('\n').slice(2);
  return lines.map((line) => {
    const tokens = line.trim().split(/\s+/);
    return { name: tokens[0] as string, type: tokens.slice(1, -6).join(' '), embedded: tokens[tokens.length - 5] === 'yes' };
  });
}

/** pdftotext -layout of every page, pages separated by form feeds. */
export function extractText(path: string): string[] {
  return run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']).split('\f').filter((page) => page.trim() !== '');
}

export function pdfInfo(path: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-isodates', path]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) info[match[1] as string] = match[2] as string;
  }
  return info;
}

export function xmpPacket(path: string): string {
  return run('pdfinfo', ['-meta', path]);
}

export function detachFirst(path: string, dir: string): { list: string; content: Buffer } {
  const list = run('pdfdetach', ['-list', path]);
  const out = join(dir, 'detached.xml');
  run('pdfdetach', ['-save', '1', '-o', out, path]);
  return { list, content: readFileSync(out) };
}
