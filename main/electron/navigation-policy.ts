/**
 * Pure decisions about URLs, kept apart from Electron so they are tested under Node.
 */

/** Only our own page may be loaded in the window: our `app://` host, or the dev server's origin. */
export function isOwnPage(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const own = new URL(appUrl);
    // Custom schemes have an opaque origin in the URL standard: compare scheme and host instead.
    if (own.protocol === 'app:') return target.protocol === 'app:' && target.host === own.host;
    return target.origin === own.origin;
  } catch {
    return false;
  }
}

/** A link the user may open in the system browser: absolute https, no credentials in it. */
export function externalUrlToOpen(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return null;
    return parsed.toString();
  } catch {
    return null;
  }
}
