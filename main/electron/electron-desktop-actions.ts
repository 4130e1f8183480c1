import { app, shell } from 'electron';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { DesktopActions } from '../services/desktop-actions';

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
};
