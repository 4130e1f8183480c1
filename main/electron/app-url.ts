/**
 * Which page the desktop window loads, decided without Electron so it is tested under Node. The packaged
 * app serves its renderer from the `app://` protocol (see app-protocol.ts), never from file://.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'facturier';
export const PACKAGED_APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server (`ELECTRON_RENDERER_URL`, set by electron-vite dev) only in a development build, and
 * only on this machine: a packaged app never loads a page named by an environment variable.
 */
export function chooseAppUrl(options: { isPackaged: boolean; devServerUrl: string | undefined }): string {
  if (options.isPackaged || !options.devServerUrl) return PACKAGED_APP_URL;
  try {
    const url = new URL(options.devServerUrl);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_HOSTS.has(url.hostname) && !url.username && !url.password) {
      return url.toString();
    }
  } catch {
    // Not a URL: the packaged page.
  }
  return PACKAGED_APP_URL;
}
