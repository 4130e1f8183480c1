/**
 * What only the desktop shell can do for the user (open a file in its application, ask where to save or
 * which file to open). The browser host has none: the page then downloads or uploads the file itself.
 */
export interface DesktopActions {
  openFile(fileName: string, bytes: Buffer): Promise<void>;
  /** Opens an https page in the system browser (the Chorus Pro portal); the page opens a tab itself otherwise. */
  openExternal?(url: string): Promise<void>;
  /** A system notification (a piece suspended, rejected, paid…). */
  notify?(title: string, body: string): void;
  /** A save dialog; the chosen path, or null when the user cancels. */
  chooseSavePath(options: FileDialogOptions): Promise<string | null>;
  /** An open dialog for one file; its path, or null when the user cancels. */
  chooseOpenPath(options: FileDialogOptions): Promise<string | null>;
}

export interface FileDialogOptions {
  /** In French: the dialog's title. */
  title: string;
  /** The suggested file name (save dialogs). */
  defaultName?: string;
  filters: Array<{ name: string; extensions: string[] }>;
}
