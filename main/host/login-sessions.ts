import { createHash, randomBytes } from 'node:crypto';

/** Login links not yet used; a bound so pressing « nouveau lien » many times cannot grow memory. */
const MAX_PENDING_LOGINS = 64;

const digest = (secret: string) => createHash('sha256').update(secret).digest('base64url');
const newSecret = () => randomBytes(32).toString('base64url');

export interface LoginSessions {
  /** The cookie's name: per port, since browsers share cookies between ports of one host name. */
  cookieName: string;
  /** A fresh one-time token for the printed link. */
  newLoginToken(): string;
  /** Spends a login token: the new session's secret, or null when the token is unknown or already used. */
  exchange(token: string): string | null;
  /** True when the Cookie header carries a session this host started. */
  isSignedIn(cookieHeader: string | undefined): boolean;
  setCookie(session: string): string;
}

/**
 * Jupyter's scheme: the printed link carries a one-time token; the first visit trades it for a session
 * cookie (HttpOnly: no script reads it; SameSite=Strict: no other site's page sends it). Secrets are kept
 * only as hashes, so a lookup reveals nothing through timing. Everything is lost when the host stops:
 * a restarted host knows no session, and an open tab is told to reopen the new link.
 */
export function createLoginSessions(port: number): LoginSessions {
  const pending = new Set<string>();
  const sessions = new Set<string>();
  const cookieName = `facturier_session_${port}`;
  return {
    cookieName,
    newLoginToken() {
      const token = newSecret();
      pending.add(digest(token));
      if (pending.size > MAX_PENDING_LOGINS) pending.delete(pending.values().next().value as string);
      return token;
    },
    exchange(token) {
      if (!pending.delete(digest(token))) return null;
      const session = newSecret();
      sessions.add(digest(session));
      return session;
    },
    isSignedIn(cookieHeader) {
      if (!cookieHeader) return false;
      return cookieHeader.split(';').some((pair) => {
        const [name, ...value] = pair.trim().split('=');
        return name === cookieName && sessions.has(digest(value.join('=')));
      });
    },
    setCookie: (session) => `${cookieName}=${session}; Path=/; HttpOnly; SameSite=Strict`,
  };
}
