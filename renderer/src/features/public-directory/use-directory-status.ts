import { useEffect } from 'react';
import { useBridge, useChannel } from '../../api/client';

/** The directory's status, read again whenever an import ends (the core says `data:changed`). */
export function useDirectoryStatus() {
  const bridge = useBridge();
  const status = useChannel('directory:status', {});
  const { reload } = status;
  useEffect(() => bridge.on('data:changed', ({ lists }) => (lists.includes('public-directory') ? reload() : undefined)), [bridge, reload]);
  return status;
}

/** « 1 234 567 »: counts as French writes them (narrow no-break space between thousands). */
export const frenchCount = (n: number) => n.toLocaleString('fr-FR');

export function frenchSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo` : `${Math.ceil(bytes / 1024)} Ko`;
}
