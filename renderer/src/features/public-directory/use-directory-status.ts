import { useChannelQuery } from '../../api/queries';

/** The directory's status, read again whenever an import ends (the core says `data:changed`, see query-lists.ts). */
export function useDirectoryStatus() {
  const status = useChannelQuery('directory:status', {});
  return { value: status.data, isLoading: status.isPending, error: status.error };
}

/** « 1 234 567 »: counts as French writes them (narrow no-break space between thousands). */
export const frenchCount = (n: number) => n.toLocaleString('fr-FR');

export function frenchSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo` : `${Math.ceil(bytes / 1024)} Ko`;
}
