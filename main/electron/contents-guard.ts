import { shell, type WebContents } from 'electron';
import { externalUrlToOpen, isOwnPage } from './navigation-policy';

/**
 * Applied to every web contents the app ever creates (`web-contents-created`), not only the main window:
 * no navigation or redirect away from our page, no new window (https links go to the system browser),
 * no webview.
 */
export function guardContents(contents: WebContents, appUrl: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external) void shell.openExternal(external);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
