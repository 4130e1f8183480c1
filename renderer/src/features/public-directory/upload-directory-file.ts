import { DIRECTORY_UPLOAD_CHUNK_BYTES } from '@shared/ipc/channels/public-directory-channels';
import type { FacturierBridge } from '@shared/ipc/bridge';
import type { Result } from '@shared/ipc/result';

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Sends a chosen file to the core in 4 MiB pieces (the same contract for Electron and the browser host), then
 * starts its import. Only one piece is in memory at a time. Returns the import's task id.
 */
export async function uploadDirectoryFile(bridge: FacturierBridge, file: File, onSent: (fraction: number) => void): Promise<Result<{ taskId: string }>> {
  const begun = await bridge.invoke('directory:beginUpload', { fileName: file.name, size: file.size });
  if (!begun.ok) return begun;
  const { uploadId } = begun.value;
  for (let index = 0, offset = 0; offset < file.size; index++, offset += DIRECTORY_UPLOAD_CHUNK_BYTES) {
    const piece = new Uint8Array(await file.slice(offset, offset + DIRECTORY_UPLOAD_CHUNK_BYTES).arrayBuffer());
    const sent = await bridge.invoke('directory:uploadChunk', { uploadId, index, base64: base64Of(piece) });
    if (!sent.ok) return sent;
    onSent(Math.min(1, (offset + piece.length) / file.size));
  }
  return bridge.invoke('directory:importUpload', { uploadId });
}
