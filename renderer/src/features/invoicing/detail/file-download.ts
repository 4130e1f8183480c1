import { t } from '../../../i18n/t';

/**
 * Hands bytes to the browser as a download: base64 -> Blob -> a hidden `<a download>` clicked once. In
 * Electron this opens the system's save dialog, in a browser it lands in the downloads. A blob: link is
 * not governed by the page's CSP (it is a download, not a fetch or a frame), so nothing is relaxed.
 */
export function saveBase64(fileName: string, mimeType: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** "812 octets", "48 ko", "1,2 Mo": decimal units (1 ko = 1 000 octets), a no-break space before the unit. */
export function formatFileSize(bytes: number): string {
  const nbsp = (text: string) => text.replace(' ', '\u00a0');
  if (bytes < 1000) return nbsp(t('files.size.bytes', { n: bytes }));
  if (bytes < 999_500) return nbsp(t('files.size.ko', { n: Math.round(bytes / 1000) }));
  return nbsp(t('files.size.mo', { n: decimal.format(bytes / 1_000_000) }));
}
