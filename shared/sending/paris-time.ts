/**
 * Chorus Pro dates statuses in Paris wall time ("2026-11-27 10:15", no zone). The timeline compares them with
 * the app's own instants (ISO, UTC), so they are read as the instant they name in Paris.
 */
export function parisWallTimeToIso(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(text);
  if (!match) return null;
  const [y, mo, d, h, mi] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const seconds = match[6] === undefined ? 0 : Number(match[6]);
  // Paris' offset at that moment (+1 h or +2 h), read from how Paris shows that UTC instant.
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(asUtc));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const shown = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return new Date(asUtc - (shown - asUtc) + seconds * 1000).toISOString();
}
