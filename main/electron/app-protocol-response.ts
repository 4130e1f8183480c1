import { readStaticFile } from '../host/static-files';
import { securityHeaders } from '../host/host-responses';
import { APP_HOST } from './app-url';

export interface ProtocolAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | null;
}

const notFound: ProtocolAnswer = { status: 404, headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' }, body: Buffer.from('Introuvable') };

/**
 * What `app://facturier/<path>` answers, without Electron (tested under Node): a file of the built
 * renderer with the browser host's headers (the same CSP), or 404 for anything outside that folder or
 * for another host. The path reader refuses `..`, encoded or not, and NUL bytes.
 */
export async function appProtocolResponse(url: string, rendererDir: string): Promise<ProtocolAnswer> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return notFound;
  }
  if (parsed.protocol !== 'app:' || parsed.host !== APP_HOST) return notFound;
  const path = parsed.pathname === '/' ? '/index.html' : parsed.pathname;
  const file = await readStaticFile(rendererDir, path);
  if (!file) return notFound;
  return { status: 200, headers: { ...securityHeaders, 'Content-Type': file.contentType, 'Cache-Control': 'no-store' }, body: file.body };
}
