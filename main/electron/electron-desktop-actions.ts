import { app, Notification, shell } from 'electron';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DesktopActions } from '../services/desktop-actions';

/** Opens a file in the user's own application (PDF viewer), from a copy in the app's temp folder; opens the portal; notifies. */
export const electronDesktopActions: DesktopActions = {
  async openFile(fileName, bytes) {
    const dir = join(app.getPath('temp'), 'Facturier');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, basename(fileName));
    writeFileSync(path, bytes);
    const problem = await shell.openPath(path);
    if (problem) throw new Error(problem);
  },
  async openExternal(url) {
    // Only https pages leave the app (the core passes the Chorus Pro portal's address, never a page's input).
    if (new URL(url).protocol !== 'https:') throw new Error('only https pages are opened');
    await shell.openExternal(url);
  },
  notify(title, body) {
    if (Notification.isSupported()) new Notification({ title, body }).show();
  },
};
