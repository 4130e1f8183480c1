/**
 * What only the desktop shell can do for the user (open a file in its application). The browser host has
 * none: the page then downloads the file itself.
 */
export interface DesktopActions {
  openFile(fileName: string, bytes: Buffer): Promise<void>;
}
