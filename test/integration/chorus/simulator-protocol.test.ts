import { describe, expect, it } from 'vitest';
import { checkSiret } from '@shared/identifiers/siret';
import { embeddedInvoiceXml } from '../../../main/services/chorus/simulator/factur-x-reader';
import { renderDocuments } from '../../../main/services/documents/render-documents';
import { franchiseInvoiceToTownHall } from '../../unit/domain/invoice-fixtures';
import { BUYERS, DEMO_CREDENTIALS, SEED_BUYERS, facturXFor, useChorusSimulator, type ChorusSimulator } from '../../support/chorus-simulator';

const sim = useChorusSimulator();

async function tokenOf(simulator: ChorusSimulator): Promise<string> {
  const response = await fetch(simulator.endpoints.tokenUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: DEMO_CREDENTIALS.pisteClientId, client_secret: DEMO_CREDENTIALS.pisteClientSecret, scope: 'openid' }),
  });
  return ((await response.json()) as { access_token: string }).access_token;
}

const account = (login: string = DEMO_CREDENTIALS.technicalLogin, password: string = DEMO_CREDENTIALS.technicalPassword) => Buffer.from(`${login}:${password}`).toString('base64');

async function post(simulator: ChorusSimulator, path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${simulator.endpoints.apiBase}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await tokenOf(simulator)}`, 'cpro-account': account(), 'Content-Type': 'application/json;charset=utf-8', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: (() => { try { return JSON.parse(text) as Record<string, unknown>; } catch { return null; } })() };
}

describe('the simulator speaks PISTE and Chorus Pro', () => {
  it('hands out tokens for client credentials only, with the configured lifetime', async () => {
    const { simulator } = await sim.start({ tokenLifetimeS: 120 });
    const ask = (fields: Record<string, string>) =>
      fetch(simulator.endpoints.tokenUrl, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });
    const good = { grant_type: 'client_credentials', client_id: DEMO_CREDENTIALS.pisteClientId, client_secret: DEMO_CREDENTIALS.pisteClientSecret, scope: 'openid' };
    expect(await (await ask(good)).json()).toMatchObject({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 120 });
    const wrong = await ask({ ...good, client_secret: 'non' });
    expect([wrong.status, await wrong.json()]).toEqual([400, { error: 'invalid_client', error_description: 'Bad client credentials' }]);
    expect((await ask({ ...good, grant_type: 'password' })).status).toBe(400);
  });

  it('checks the bearer, the application and the technical account like PISTE, WWW-Authenticate included', async () => {
    const { simulator, time } = await sim.start({ tokenLifetimeS: 60 });
    const path = 'utilisateurs/v1/monCompte/recuperer/rattachements';
    const noBearer = await fetch(`${simulator.endpoints.apiBase}${path}`, { method: 'POST', headers: { 'cpro-account': account(), 'Content-Type': 'application/json' }, body: '{}' });
    expect([noBearer.status, noBearer.headers.get('www-authenticate')]).toEqual([400, expect.stringContaining('invalid_request')]);
    const wrongAccount = await post(simulator, path, {}, { 'cpro-account': account(DEMO_CREDENTIALS.technicalLogin, 'faux') });
    expect(wrongAccount.status).toBe(401);
    expect(wrongAccount.headers.get('www-authenticate')).toBe('Bearer realm="PISTE",error="Unauthorized",error_description="login or password incorrects"');
    const token = await tokenOf(simulator);
    await time.advance(60_000);
    const expired = await fetch(`${simulator.endpoints.apiBase}${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'cpro-account': account(), 'Content-Type': 'application/json' }, body: '{}' });
    expect([expired.status, expired.headers.get('www-authenticate')]).toEqual([401, expect.stringContaining('invalid_token')]);
    expect((await post(simulator, path, {})).json).toMatchObject({ codeRetour: 0, libelle: 'TRA_MSG_00.000', listeStructureRattachement: [expect.objectContaining({ identifiantStructure: '73282932000074' })] });
  });

  it('validates a deposit’s payload: base64, syntaxeFlux, nomFichier, size, JSON', async () => {
    const { simulator } = await sim.start({ maxFluxBytes: 200_000 });
    const pdf = await facturXFor(BUYERS.mairie, 'V-1', { serviceCode: 'FIN-01' });
    const good = { fichierFlux: pdf.toString('base64'), nomFichier: 'V-1.pdf', syntaxeFlux: 'IN_DP_E2_CII_FACTURX', avecSignature: false };
    const deposit = (body: unknown, headers?: Record<string, string>) => post(simulator, 'factures/v1/deposer/flux', body, headers);
    const refused = async (body: unknown, pattern: RegExp, headers?: Record<string, string>) => {
      const answer = await deposit(body, headers);
      expect(answer.status, JSON.stringify(answer.json)).toBeGreaterThanOrEqual(400);
      expect(String(answer.json?.libelle)).toMatch(pattern);
      expect(Number(answer.json?.codeRetour)).toBeGreaterThan(0);
    };
    await refused({ ...good, fichierFlux: 'ceci n’est pas du base64 !' }, /base64/);
    await refused({ ...good, syntaxeFlux: 'IN_DP_E9_INCONNU' }, /syntaxe IN_DP_E9_INCONNU/);
    await refused({ ...good, nomFichier: `${'x'.repeat(197)}.pdf` }, /nomFichier dépasse 200/);
    await refused({ ...good, nomFichier: 'sans-extension' }, /extension/);
    await refused({ ...good, nomFichier: undefined }, /nomFichier est obligatoire/);
    await refused({ ...good, fichierFlux: '' }, /fichierFlux est obligatoire/);
    await refused({ ...good, fichierFlux: Buffer.alloc(200_001, 1).toString('base64') }, /taille maximale/);
    await refused('{"fichierFlux": ', /JSON/);
    await refused(good, /JSON/, { 'Content-Type': 'text/plain' });
    expect(simulator.inspect.deposits()).toEqual([]);
    expect((await deposit(good)).json).toMatchObject({ codeRetour: 0, numeroFluxDepot: expect.stringMatching(/^CPP/) });
    expect(simulator.inspect.depositsOf('V-1')).toEqual([expect.objectContaining({ nomFichier: 'V-1.pdf', syntaxeFlux: 'IN_DP_E2_CII_FACTURX', isAccepted: true })]);
    const huge = await deposit({ ...good, fichierFlux: Buffer.alloc(2_000_000).toString('base64') });
    expect(huge.status).toBe(413);
  });

  it('sends a single result as a bare object when asked to (the quirk the client must survive)', async () => {
    const { simulator } = await sim.start({ quirks: { singleResultAsObject: true } });
    const answer = await post(simulator, 'utilisateurs/v1/monCompte/recuperer/rattachements', {});
    expect(Array.isArray(answer.json?.listeStructureRattachement)).toBe(false);
    expect(answer.json?.listeStructureRattachement).toMatchObject({ identifiantStructure: '73282932000074' });
  });

  it('seeds buyers whose SIRETs pass their checks', () => {
    expect(SEED_BUYERS.map((buyer) => checkSiret(buyer.siret))).toEqual(SEED_BUYERS.map(() => null));
    expect(checkSiret('73282932000074')).toBeNull();
  });
});

describe('the Factur-X reader of the simulator', () => {
  it('finds our factur-x.xml in our PDF, byte for byte', async () => {
    const rendered = await renderDocuments(franchiseInvoiceToTownHall());
    expect(embeddedInvoiceXml(rendered.pdf)).toBe(rendered.cii);
  });

  it('reads no invoice in a PDF without one, or in something that is not a PDF', () => {
    expect(embeddedInvoiceXml(Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF'))).toBeNull();
    expect(embeddedInvoiceXml(Buffer.from('<Invoice/>'))).toBeNull();
    const broken = Buffer.from('%PDF-1.7\n3 0 obj\n<< /Type /EmbeddedFile /Length 5 /Filter /FlateDecode >>\nstream\nabcde\nendstream\nendobj\n');
    expect(embeddedInvoiceXml(broken)).toBeNull();
  });
});

describe('npm run simulator', () => {
  it('prints its URL and demonstration credentials, and answers there', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/run-simulator.ts', '--fast'], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      let output = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString('utf8');
          if (output.includes('Ctrl+C')) resolve();
        });
        child.on('exit', () => reject(new Error(`exited early: ${output}`)));
      });
      const url = /Simulateur Chorus Pro : (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] as string;
      expect(output).toContain(DEMO_CREDENTIALS.technicalLogin);
      const token = await fetch(`${url}/api/oauth/token`, {
        method: 'POST',
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: DEMO_CREDENTIALS.pisteClientId, client_secret: DEMO_CREDENTIALS.pisteClientSecret }),
      });
      expect(token.status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
