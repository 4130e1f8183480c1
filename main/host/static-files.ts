import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/**
 * Reads a file of the built renderer; refuses any path that would leave its folder. Used by the browser
 * host and by the desktop app's `app://` protocol.
 */
export async function readStaticFile(rootDir: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  if (relative.startsWith('..') || relative.includes('\0')) return null;
  const fullPath = join(rootDir, relative);
  if (!fullPath.startsWith(rootDir.endsWith(sep) ? rootDir : rootDir + sep)) return null;
  try {
    const body = await readFile(fullPath);
    return { body, contentType: contentTypes[extname(fullPath)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
