import { shell } from 'electron';
import { createPrivateTempFolder, type PrivateTempFolder } from '../services/desktop/private-temp-folder';
import type { DesktopActions } from '../services/desktop-actions';

/**
 * Opens a file in the user's own application (PDF viewer), from a copy in a private temporary folder
 * made for this run (0700, unpredictable name). `dispose()` removes it when the app quits.
 */
export function createElectronDesktopActions(): DesktopActions & { dispose(): void } {
  let folder: PrivateTempFolder | null = null;
  return {
    async openFile(fileName, bytes) {
      folder ??= createPrivateTempFolder();
      const problem = await shell.openPath(folder.write(fileName, bytes));
      if (problem) throw new Error(problem);
    },
    dispose() {
      folder?.remove();
      folder = null;
    },
  };
}
