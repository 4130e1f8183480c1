import type { ChorusConnectionService } from '../chorus-connection/chorus-connection-service';
import type { DirectoryDownloader } from './directory-downloader';

/**
 * « Mettre à jour l’annuaire » through the Chorus Pro connection: `transverses/v1/telecharger/annuaire/destinataire`
 * (chorus-pro-api.md §5), with the connection chosen in Réglages (the demonstration one included). Offered only
 * while that connection is configured.
 */
export function createChorusDirectoryDownloader(connection: Pick<ChorusConnectionService, 'client' | 'get'>): DirectoryDownloader {
  return {
    async downloadDirectory() {
      const { client } = await connection.client();
      const bytes = await client.downloadDirectory();
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    },
    isAvailable: () => connection.get().isConfigured,
  };
}
