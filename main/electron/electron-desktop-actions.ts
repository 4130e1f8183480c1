import { app, BrowserWindow, dialog, Notification, shell } from 'electron';
import { join } from 'node:path';
import { createPrivateTempFolder, type PrivateTempFolder } from '../services/desktop/private-temp-folder';
import type { DesktopActions } from '../services/desktop-actions';

const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

/**
 * Opens a file in the user's own application (PDF viewer), from a copy in a private temporary folder
 * made for this run (0700, unpredictable name), and asks where to save or which file to open with the
 * system's dialogs, opens the Chorus Pro portal in the system browser and shows notifications.
 * `dispose()` removes the folder when the app quits.
 */
export function createElectronDesktopActions(): DesktopActions & { dispose(): void } {
  let folder: PrivateTempFolder | null = null;
  return {
    async openFile(fileName, bytes) {
      folder ??= createPrivateTempFolder();
      const problem = await shell.openPath(folder.write(fileName, bytes));
      if (problem) throw new Error(problem);
    },
    async chooseSavePath({ title, defaultName, filters }) {
      const window = parent();
      const options = { title, defaultPath: join(app.getPath('documents'), defaultName ?? ''), filters };
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ title, filters }) {
      const window = parent();
      const options = { title, filters, properties: ['openFile' as const] };
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async openExternal(url) {
      // Only https pages leave the app (the core passes the Chorus Pro portal's address, never a page's input).
      if (new URL(url).protocol !== 'https:') throw new Error('only https pages are opened');
      await shell.openExternal(url);
    },
    notify(title, body) {
      if (Notification.isSupported()) new Notification({ title, body }).show();
    },
    dispose() {
      folder?.remove();
      folder = null;
    },
  };
}
