import { app, BrowserWindow, dialog, shell } from 'electron';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DesktopActions } from '../services/desktop-actions';

const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

/** Opens a file in the user's own application (PDF viewer), from a copy in the app's temp folder. */
export const electronDesktopActions: DesktopActions = {
  async openFile(fileName, bytes) {
    const dir = join(app.getPath('temp'), 'Facturier');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, basename(fileName));
    writeFileSync(path, bytes);
    const problem = await shell.openPath(path);
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
};
