import { describe, expect, it } from 'vitest';
import { ChorusError } from '../../../main/services/chorus/chorus-error';
import { useChorusSimulator } from '../../support/chorus-simulator';

const sim = useChorusSimulator();

describe('PISTE tokens', () => {
  it('asks for one token and uses it for every call until shortly before it expires', async () => {
    const { client, simulator, time } = await sim.start({ tokenLifetimeS: 3600 });
    const chorus = client();
    for (let i = 0; i < 5; i += 1) await chorus.myStructures();
    expect(simulator.inspect.tokensIssued()).toBe(1);
    await time.advance(3_300_000); // 55 min: still outside the 4-minute margin
    await chorus.myStructures();
    expect(simulator.inspect.tokensIssued()).toBe(1);
    await time.advance(120_000); // 57 min: inside it, renewed before PISTE would refuse it
    await chorus.myStructures();
    expect(simulator.inspect.tokensIssued()).toBe(2);
    expect(simulator.inspect.requests().filter((r) => r.outcome === 401)).toEqual([]);
  });

  it('renews once for many concurrent calls when the token expires', async () => {
    const { client, simulator, time } = await sim.start({ tokenLifetimeS: 600 });
    const chorus = client();
    await chorus.myStructures();
    await time.advance(600_000);
    const results = await Promise.all(Array.from({ length: 10 }, () => chorus.myStructures()));
    expect(results).toHaveLength(10);
    expect(simulator.inspect.tokensIssued()).toBe(2);
    expect(chorus.tokenRequests).toBe(2);
  });

  it('token expiry mid-run (PISTE drops every token): each call is retried after one shared renewal', async () => {
    const { client, simulator } = await sim.start();
    const chorus = client();
    await chorus.myStructures();
    simulator.expireTokens();
    const results = await Promise.all(Array.from({ length: 8 }, () => chorus.myStructures()));
    expect(results.every((page) => page.items.length === 1)).toBe(true);
    expect(simulator.inspect.tokensIssued()).toBe(2);
    expect(simulator.inspect.requests().filter((r) => r.outcome === 401).length).toBe(8);
  });

  it('a token refused once (token-expired fault) is renewed and the call goes through', async () => {
    const { client, simulator } = await sim.start();
    const chorus = client();
    await chorus.myStructures();
    simulator.faults.add({ kind: 'token-expired' });
    expect((await chorus.myStructures()).items).toHaveLength(1);
    expect(chorus.tokenRequests).toBe(2);
  });

  it('sends the documented headers: Bearer, cpro-account in base64 of UTF-8, JSON in UTF-8', async () => {
    const { client, simulator } = await sim.start();
    simulator.addTechnicalAccount({ login: 'TECH_1_boulangère@cpro.fr', password: 'Mot-dé-passe!' });
    const seen: Array<{ url: string; headers: Headers; body: string }> = [];
    const recording: typeof fetch = async (input, init) => {
      seen.push({ url: String(input), headers: new Headers(init?.headers), body: String(init?.body) });
      return fetch(input, init);
    };
    const chorus = client({ fetch: recording, credentials: { ...simulator.credentials, technicalLogin: 'TECH_1_boulangère@cpro.fr', technicalPassword: 'Mot-dé-passe!' } });
    await chorus.myStructures();
    const [token, call] = seen;
    expect(token?.url).toBe(simulator.endpoints.tokenUrl);
    expect(Object.fromEntries(new URLSearchParams(token?.body))).toEqual({ grant_type: 'client_credentials', client_id: simulator.credentials.pisteClientId, client_secret: simulator.credentials.pisteClientSecret, scope: 'openid' });
    expect(call?.url).toBe(`${simulator.url}/cpro/utilisateurs/v1/monCompte/recuperer/rattachements`);
    expect(call?.headers.get('authorization')).toMatch(/^Bearer \S+$/);
    expect(Buffer.from(call?.headers.get('cpro-account') ?? '', 'base64').toString('utf8')).toBe('TECH_1_boulangère@cpro.fr:Mot-dé-passe!');
    expect(call?.headers.get('content-type')).toBe('application/json;charset=utf-8');
    expect(JSON.parse(call?.body ?? '')).toEqual({ parametresRecherche: { pageResultatDemandee: 1, nbResultatsParPage: 10 } });
  });
});

describe('credentials refused, each by its cause', () => {
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChorusError);
    return error as ChorusError;
  };

  it('a wrong PISTE client id or secret', async () => {
    const { client, simulator } = await sim.start();
    for (const credentials of [{ pisteClientSecret: 'faux' }, { pisteClientId: 'inconnu' }]) {
      const error = await refusal(client({ credentials: { ...simulator.credentials, ...credentials } }).myStructures());
      expect(error).toMatchObject({ code: 'chorus_piste_credentials', isRetryable: false, mayHaveBeenProcessed: false, httpStatus: 400, message: expect.stringContaining('onglet « OAuth »') });
    }
  });

  it('a wrong technical account, read from the 401’s WWW-Authenticate', async () => {
    const { client, simulator } = await sim.start();
    const error = await refusal(client({ credentials: { ...simulator.credentials, technicalPassword: 'périmé' } }).myStructures());
    expect(error).toMatchObject({ code: 'chorus_technical_account', isRetryable: false, httpStatus: 401, message: expect.stringContaining('TECH_1_') });
    // The token was fine: it is not renewed for a wrong technical account.
    expect(simulator.inspect.tokensIssued()).toBe(1);
  });

  it('a PISTE application without the Chorus Pro APIs (403)', async () => {
    const { client, simulator } = await sim.start();
    simulator.addApplication({ clientId: 'app-sans-api', clientSecret: 's', isSubscribed: false });
    const error = await refusal(client({ credentials: { ...simulator.credentials, pisteClientId: 'app-sans-api', pisteClientSecret: 's' } }).myStructures());
    expect(error).toMatchObject({ code: 'chorus_not_subscribed', isRetryable: false, httpStatus: 403, message: expect.stringContaining('raccordement') });
  });
});
