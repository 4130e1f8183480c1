import { randomBytes } from 'node:crypto';
import type { Clock } from '../../clock';
import { DEMO_CREDENTIALS } from './seed-data';

export interface PisteApplication {
  clientId: string;
  clientSecret: string;
  /** False: the application exists but was not given the Chorus Pro APIs (PISTE answers 403). */
  isSubscribed: boolean;
}

export interface TechnicalAccount {
  login: string;
  password: string;
}

export type TokenCheck = { ok: true; application: PisteApplication } | { ok: false; reason: 'missing' | 'invalid' | 'expired' };

/**
 * PISTE's side of the simulator: the applications (client id and secret), the technical accounts, and
 * the tokens handed out, each valid `tokenLifetimeS` by the simulator's clock.
 */
export function createSimulatorAccess(clock: Clock, tokenLifetimeS: number) {
  const applications = new Map<string, PisteApplication>();
  const accounts = new Map<string, TechnicalAccount>();
  const tokens = new Map<string, { clientId: string; expiresAtMs: number }>();
  let tokensIssued = 0;
  let lifetimeS = tokenLifetimeS;

  const access = {
    addApplication(application: PisteApplication): void {
      applications.set(application.clientId, application);
    },
    addTechnicalAccount(account: TechnicalAccount): void {
      accounts.set(account.login, account);
    },
    setTokenLifetime(seconds: number): void {
      lifetimeS = seconds;
    },
    /** The token endpoint: a new token, or null when the client id or secret is wrong. */
    issueToken(clientId: string, clientSecret: string): { token: string; expiresIn: number } | null {
      const application = applications.get(clientId);
      if (!application || application.clientSecret !== clientSecret) return null;
      const token = randomBytes(24).toString('base64url');
      tokens.set(token, { clientId, expiresAtMs: clock.now().getTime() + lifetimeS * 1000 });
      tokensIssued += 1;
      return { token, expiresIn: lifetimeS };
    },
    checkToken(authorization: string | undefined): TokenCheck {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
      if (!match) return { ok: false, reason: 'missing' };
      const token = tokens.get(match[1] as string);
      if (!token) return { ok: false, reason: 'invalid' };
      if (clock.now().getTime() >= token.expiresAtMs) return { ok: false, reason: 'expired' };
      const application = applications.get(token.clientId);
      return application ? { ok: true, application } : { ok: false, reason: 'invalid' };
    },
    /** `cpro-account`: base64 of `login:password` (UTF-8). */
    checkAccount(header: string | undefined): boolean {
      if (!header) return false;
      const decoded = Buffer.from(header, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon < 0) return false;
      const account = accounts.get(decoded.slice(0, colon));
      return account !== undefined && account.password === decoded.slice(colon + 1);
    },
    /** Token expiry mid-run: every token handed out so far stops working. */
    expireTokens(): void {
      tokens.clear();
    },
    revoke(authorization: string | undefined): void {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
      if (match) tokens.delete(match[1] as string);
    },
    get tokensIssued(): number {
      return tokensIssued;
    },
  };
  access.addApplication({ clientId: DEMO_CREDENTIALS.pisteClientId, clientSecret: DEMO_CREDENTIALS.pisteClientSecret, isSubscribed: true });
  access.addTechnicalAccount({ login: DEMO_CREDENTIALS.technicalLogin, password: DEMO_CREDENTIALS.technicalPassword });
  return access;
}

export type SimulatorAccess = ReturnType<typeof createSimulatorAccess>;
