/**
 * What the directory needs from the Chorus Pro client (main/services/chorus/, written alongside): the ZIP that
 * `transverses/v1/telecharger/annuaire/destinataire` returns, its base64 already decoded (chorus-pro-api.md §5).
 * Wired in create-core.ts when the client exists; without it, « Mettre à jour l’annuaire » is not offered.
 */
export interface DirectoryDownloader {
  downloadDirectory(): Promise<Buffer>;
  /** False while no Chorus Pro credentials are saved (the button is then not shown); true when absent. */
  isAvailable?(): boolean;
}
