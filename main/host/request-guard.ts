import type { IncomingMessage } from 'node:http';

/** Host names under which our own page reaches us; anything else is a rebinding attempt or a foreign page. */
function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function isAllowedHost(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  return host !== undefined && allowedHosts(port).has(host.toLowerCase());
}

/** Browsers send Origin on every POST and cross-origin request; when present it must be ours. */
export function isAllowedOrigin(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return [...allowedHosts(port)].some((host) => origin.toLowerCase() === `http://${host}`);
}

export interface RequestTarget {
  /** Still percent-encoded, as the static file reader expects it. */
  pathname: string;
  searchParams: URLSearchParams;
}

/**
 * The request target, or null when it is not one our page could send: only origin-form targets
 * (`/path?query`), parseable, with valid percent-encoding. Nothing here may throw: a throw in the request
 * handler would end the process.
 */
export function parseTarget(raw: string | undefined): RequestTarget | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//')) return null;
  try {
    const url = new URL(raw, 'http://127.0.0.1');
    decodeURIComponent(url.pathname);
    return { pathname: url.pathname, searchParams: url.searchParams };
  } catch {
    return null;
  }
}

/** The contract channel named in `/ipc/<channel>`, decoded; null when the escape sequence is broken. */
export function channelOf(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice('/ipc/'.length));
  } catch {
    return null;
  }
}
