import { describe, expect, it } from 'vitest';
import { ChorusError } from '../../../main/services/chorus/chorus-error';
import { BUYERS, facturXFor, useChorusSimulator } from '../../support/chorus-simulator';

const sim = useChorusSimulator();
const DEPOSIT = 'factures/v1/deposer/flux';

async function failure(promise: Promise<unknown>): Promise<ChorusError> {
  const error = await promise.then(
    () => new Error('the call succeeded'),
    (e: unknown) => e,
  );
  if (!(error instanceof ChorusError)) throw error;
  return error;
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition never met');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('faults, each explained by its cause, with what a retry may do', () => {
  it('a connection dropped before the deposit was recorded: unknown outcome for the client, nothing on Chorus Pro', async () => {
    const { client, simulator } = await sim.start();
    simulator.faults.add({ kind: 'reset-before', path: DEPOSIT });
    const error = await failure(client().depositFlux({ fichierFlux: await facturXFor(BUYERS.mairie, 'F-1', { serviceCode: 'FIN-01' }), nomFichier: 'F-1.pdf' }));
    expect(error).toMatchObject({ code: 'chorus_connection_lost', isRetryable: true, mayHaveBeenProcessed: true });
    expect(simulator.inspect.depositsOf('F-1')).toEqual([]);
    expect((await client().searchSupplierInvoices({ numeroFacture: 'F-1' })).items).toEqual([]);
  });

  it('a connection dropped after the deposit was recorded: the search by number finds it, so it is never deposited twice', async () => {
    const { client, simulator } = await sim.start();
    simulator.faults.add({ kind: 'reset-after', path: DEPOSIT });
    const error = await failure(client().depositFlux({ fichierFlux: await facturXFor(BUYERS.mairie, 'F-2', { serviceCode: 'FIN-01' }), nomFichier: 'F-2.pdf' }));
    expect(error).toMatchObject({ code: 'chorus_connection_lost', mayHaveBeenProcessed: true });
    expect(simulator.inspect.depositsOf('F-2')).toHaveLength(1);
    const [found] = (await client().searchSupplierInvoices({ numeroFacture: 'F-2' })).items;
    expect(found).toMatchObject({ numeroFacture: 'F-2', numeroFluxDepot: simulator.inspect.depositsOf('F-2')[0]?.numeroFluxDepot });
  });

  it('a read whose connection dropped is asked once more (safe to repeat); twice dropped, it fails', async () => {
    const { client, simulator } = await sim.start();
    const path = 'utilisateurs/v1/monCompte/recuperer/rattachements';
    simulator.faults.add({ kind: 'reset-before', path });
    expect((await client().myStructures()).items).toHaveLength(1);
    simulator.faults.add({ kind: 'reset-before', path, times: 2 });
    expect(await failure(client().myStructures())).toMatchObject({ code: 'chorus_connection_lost', isRetryable: true });
    expect(simulator.inspect.requests().filter((r) => r.path === path).map((r) => r.outcome)).toEqual(['reset', 200, 'reset', 'reset']);
  });

  it('a timeout after sending: unknown outcome, and the deposit does land', async () => {
    const { client, simulator } = await sim.start();
    simulator.faults.add({ kind: 'latency', path: DEPOSIT, ms: 800 });
    const started = Date.now();
    const error = await failure(client({ timeoutMs: 200 }).depositFlux({ fichierFlux: await facturXFor(BUYERS.mairie, 'F-3', { serviceCode: 'FIN-01' }), nomFichier: 'F-3.pdf' }));
    expect(Date.now() - started).toBeLessThan(700);
    expect(error).toMatchObject({ code: 'chorus_timeout', isRetryable: true, mayHaveBeenProcessed: true, message: expect.stringContaining('n’a pas répondu à temps') });
    await until(() => simulator.inspect.depositsOf('F-3').length === 1);
  });

  it('latency under the timeout is only slow', async () => {
    const { client, simulator } = await sim.start();
    simulator.faults.add({ kind: 'latency', ms: 150 });
    expect((await client({ timeoutMs: 2_000 }).myStructures()).items).toHaveLength(1);
  });

  it('5xx: Chorus Pro down; a 503 did nothing, a 500 may have', async () => {
    const { client, simulator } = await sim.start();
    const pdf = await facturXFor(BUYERS.mairie, 'F-4', { serviceCode: 'FIN-01' });
    simulator.faults.add({ kind: 'status', status: 503, path: DEPOSIT });
    expect(await failure(client().depositFlux({ fichierFlux: pdf, nomFichier: 'F-4.pdf' }))).toMatchObject({
      code: 'chorus_unavailable',
      isRetryable: true,
      mayHaveBeenProcessed: false,
      httpStatus: 503,
      message: expect.stringContaining('indisponible'),
    });
    simulator.faults.add({ kind: 'status', status: 500, path: DEPOSIT });
    expect(await failure(client().depositFlux({ fichierFlux: pdf, nomFichier: 'F-4.pdf' }))).toMatchObject({ code: 'chorus_unavailable', mayHaveBeenProcessed: true, httpStatus: 500 });
    expect(simulator.inspect.depositsOf('F-4')).toEqual([]);
  });

  it('429: Chorus Pro asks to wait, and says how long', async () => {
    const { client, simulator } = await sim.start();
    simulator.faults.add({ kind: 'status', status: 429, retryAfterS: 7 });
    expect(await failure(client().myStructures())).toMatchObject({ code: 'chorus_rate_limited', isRetryable: true, mayHaveBeenProcessed: false, retryAfterMs: 7_000 });
  });

  it('malformed JSON after the work was done: unreadable answer, may have been processed', async () => {
    const { client, simulator } = await sim.start();
    simulator.faults.add({ kind: 'malformed-json', path: DEPOSIT });
    const error = await failure(client().depositFlux({ fichierFlux: await facturXFor(BUYERS.mairie, 'F-5', { serviceCode: 'FIN-01' }), nomFichier: 'F-5.pdf' }));
    expect(error).toMatchObject({ code: 'chorus_bad_response', isRetryable: true, mayHaveBeenProcessed: true, httpStatus: 200 });
    expect(simulator.inspect.depositsOf('F-5')).toHaveLength(1);
  });

  it('a business refusal carries codeRetour and libelle, and is not worth retrying', async () => {
    const { client, simulator } = await sim.start();
    simulator.faults.add({ kind: 'business', codeRetour: 20001, libelle: 'GDP_MSG_11.005' });
    expect(await failure(client().myStructures())).toMatchObject({
      code: 'chorus_refused',
      isRetryable: false,
      mayHaveBeenProcessed: false,
      codeRetour: 20001,
      libelle: 'GDP_MSG_11.005',
      message: 'Chorus Pro a refusé la demande : votre compte n’est pas autorisé à faire cette action sur cette facture (code 20001, GDP_MSG_11.005).',
    });
  });

  it('network down (nothing listening): offline, nothing sent, worth retrying', async () => {
    const { client, simulator } = await sim.start();
    await simulator.stop();
    expect(await failure(client().myStructures())).toMatchObject({ code: 'chorus_offline', isRetryable: true, mayHaveBeenProcessed: false, message: expect.stringContaining('connexion à Internet') });
  });

  it('failures at the token endpoint never count as a processed request', async () => {
    const { client, simulator } = await sim.start();
    const pdf = await facturXFor(BUYERS.mairie, 'F-6', { serviceCode: 'FIN-01' });
    simulator.faults.add({ kind: 'status', status: 500, path: 'token' });
    expect(await failure(client().depositFlux({ fichierFlux: pdf, nomFichier: 'F-6.pdf' }))).toMatchObject({ code: 'chorus_unavailable', mayHaveBeenProcessed: false });
    simulator.faults.add({ kind: 'latency', ms: 800, path: 'token' });
    expect(await failure(client({ timeoutMs: 200 }).depositFlux({ fichierFlux: pdf, nomFichier: 'F-6.pdf' }))).toMatchObject({ code: 'chorus_timeout', mayHaveBeenProcessed: false });
    simulator.faults.add({ kind: 'reset-before', path: 'token' });
    expect(await failure(client().depositFlux({ fichierFlux: pdf, nomFichier: 'F-6.pdf' }))).toMatchObject({ code: 'chorus_connection_lost', mayHaveBeenProcessed: false });
    simulator.faults.add({ kind: 'malformed-json', path: 'token' });
    expect(await failure(client().depositFlux({ fichierFlux: pdf, nomFichier: 'F-6.pdf' }))).toMatchObject({ code: 'chorus_bad_response', mayHaveBeenProcessed: false });
    expect(simulator.inspect.depositsOf('F-6')).toEqual([]);
  });

  it('a caller’s cancellation is rethrown as is, not dressed as a Chorus Pro failure', async () => {
    const { client, simulator } = await sim.start();
    simulator.faults.add({ kind: 'latency', ms: 1_000 });
    const controller = new AbortController();
    const call = client().myStructures(undefined, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('annulé par l’utilisateur')), 50);
    await expect(call).rejects.toThrow('annulé par l’utilisateur');
  });
});
