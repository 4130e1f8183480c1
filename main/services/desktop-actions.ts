/**
 * What only the desktop shell can do for the user (open a file in its application). The browser host has
 * none: the page then downloads the file itself.
 */
export interface DesktopActions {
  openFile(fileName: string, bytes: Buffer): Promise<void>;
  /** Opens an https page in the system browser (the Chorus Pro portal); the page opens a tab itself otherwise. */
  openExternal?(url: string): Promise<void>;
  /** A system notification (a piece suspended, rejected, paid…). */
  notify?(title: string, body: string): void;
}
