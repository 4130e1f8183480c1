import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Fault } from '../../../main/services/chorus/simulator/fault-plan';
import { valueOf } from '../../support/invoicing-setup';
import { useSendingWorld } from '../../support/sending-world';

const world = useSendingWorld();

/** A port nothing listens on (taken, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
const DEPOSIT = 'factures/v1/deposer/flux';
const SETTLE = 60_000;

/** One invoice queued, `fault` on its deposit, then runs until Chorus Pro has it (integrated): deposited once. */
async function depositThrough(fault: Fault) {
  const opened = await world.open();
  const { core, simulator, issue, entry, runUntil } = opened;
  const [id] = await issue();
  valueOf(await core.invoke('sending:send', { invoiceId: id! }));
  simulator.faults.add(fault);
  await core.sender.runNow();
  const afterFault = await entry(id!);
  const runs = await runUntil(async () => (await entry(id!))?.stage === 'integrated', SETTLE + 1_000, 20);
  expect(simulator.inspect.depositsOf('F-2026-0001').filter((d) => d.isAccepted)).toHaveLength(1);
  expect(valueOf(await core.invoke('journal:verify', {})).isIntact).toBe(true);
  return { ...opened, id: id!, afterFault, runs };
}

describe('each fault on a deposit ends with Chorus Pro having the invoice once', () => {
  it('connection dropped after Chorus Pro recorded it: the unknown outcome is found by number, never deposited again', async () => {
    const { afterFault, simulator, core, id } = await depositThrough({ kind: 'reset-after', path: DEPOSIT });
    expect(afterFault).toMatchObject({ stage: 'depositing', lastError: { code: 'chorus_connection_lost' } });
    expect(simulator.inspect.depositsOf('F-2026-0001')).toHaveLength(1);
    const kinds = valueOf(await core.invoke('invoices:get', { id })).journal.map((j) => j.kind);
    expect(kinds).toEqual(expect.arrayContaining(['sending.claimed', 'sending.deposit-unknown', 'sending.reconciled']));
  });

  it('connection dropped before: searched, not found after the settling time, deposited again', async () => {
    const { afterFault, core, id } = await depositThrough({ kind: 'reset-before', path: DEPOSIT });
    expect(afterFault).toMatchObject({ stage: 'depositing' });
    const kinds = valueOf(await core.invoke('invoices:get', { id })).journal.map((j) => j.kind);
    expect(kinds).toEqual(expect.arrayContaining(['sending.deposit-unknown', 'sending.requeued', 'sending.deposited']));
  });

  it('a 500 (it may have been done) is reconciled the same way', async () => {
    const { afterFault } = await depositThrough({ kind: 'status', status: 500, path: DEPOSIT });
    expect(afterFault).toMatchObject({ stage: 'depositing', lastError: { code: 'chorus_unavailable' } });
  });

  it('an unreadable answer after the deposit was recorded is reconciled', async () => {
    const { afterFault } = await depositThrough({ kind: 'malformed-json', path: DEPOSIT });
    expect(afterFault).toMatchObject({ stage: 'depositing', lastError: { code: 'chorus_bad_response' } });
  });

  it('503 and 429 (nothing done): back in the queue with a backoff or the wait Chorus Pro asks', async () => {
    const { afterFault } = await depositThrough({ kind: 'status', status: 503, path: DEPOSIT });
    expect(afterFault).toMatchObject({ stage: 'queued', attempts: 1, lastError: { code: 'chorus_unavailable', message: expect.stringMatching(/indisponible/) } });
    const limited = await depositThrough({ kind: 'status', status: 429, retryAfterS: 7, path: DEPOSIT });
    expect(limited.afterFault).toMatchObject({ stage: 'queued', lastError: { code: 'chorus_rate_limited' } });
    expect(Date.parse(limited.afterFault!.nextAttemptAt!) - limited.time.clock.now().getTime()).toBeLessThanOrEqual(7_000);
  });

  it('latency and a token that expires mid-run change nothing but the time', async () => {
    const { core, simulator, issue, entry } = await world.open();
    const ids = await issue(6);
    for (const id of ids) valueOf(await core.invoke('sending:send', { invoiceId: id }));
    simulator.faults.add({ kind: 'latency', ms: 120, times: 3 });
    simulator.faults.add({ kind: 'token-expired', path: DEPOSIT });
    const tokensBefore = simulator.inspect.tokensIssued();
    await core.sender.runNow();
    for (const id of ids) expect((await entry(id))?.stage).toBe('deposited');
    expect(simulator.inspect.tokensIssued()).toBeGreaterThan(tokensBefore);
    expect(simulator.inspect.deposits()).toHaveLength(6);
  });

  it('a business refusal waits with Chorus Pro’s reason in French until « Réessayer »', async () => {
    const { core, simulator, issue, entry, time } = await world.open();
    const [id] = await issue();
    valueOf(await core.invoke('sending:send', { invoiceId: id! }));
    simulator.faults.add({ kind: 'business', path: DEPOSIT, codeRetour: 20108, libelle: 'Le fichier déposé dépasse la taille maximale acceptée.' });
    await core.sender.runNow();
    expect(await entry(id!)).toMatchObject({ stage: 'queued', nextAttemptAt: null, lastError: { code: 'chorus_refused', message: expect.stringContaining('taille maximale') } });
    await time.advance(3_600_000);
    await core.sender.runNow();
    expect(simulator.inspect.deposits()).toHaveLength(0);
    valueOf(await core.invoke('sending:retry', { invoiceId: id! }));
    await core.sender.runNow();
    expect(await entry(id!)).toMatchObject({ stage: 'deposited', lastError: null });
  });

  it('wrong credentials: every entry waits with the reason, nothing counted against it', async () => {
    const { core, simulator, issue, entry } = await world.open();
    const [id] = await issue();
    valueOf(await core.invoke('chorusConnection:save', { environment: 'qualification', ...simulator.credentials, technicalPassword: 'mauvais-mot-de-passe' }));
    valueOf(await core.invoke('sending:send', { invoiceId: id! }));
    await core.sender.runNow();
    expect(await entry(id!)).toMatchObject({ stage: 'queued', attempts: 0, lastError: { code: 'chorus_technical_account' } });
    expect(valueOf(await core.invoke('sending:summary', {})).sync).toMatchObject({ isApiConfigured: true, waitingReason: expect.stringMatching(/compte technique/) });
  });
});

describe('when there is no connection to use', () => {
  it('without credentials, entries wait with a clear reason', async () => {
    const { core, issue, entry } = await world.open({ isConnected: false });
    const [id] = await issue();
    valueOf(await core.invoke('sending:send', { invoiceId: id! }));
    await core.sender.runNow();
    expect(await entry(id!)).toMatchObject({ stage: 'queued', attempts: 0, lastError: { code: 'chorus_credentials_missing', message: expect.stringMatching(/Réglages › Chorus Pro/) } });
    expect(valueOf(await core.invoke('sending:summary', {})).sync).toMatchObject({ isApiConfigured: false, waitingReason: expect.stringMatching(/Réglages/) });
  });

  it('network down: the run stops, the header says Chorus Pro is unreachable', async () => {
    const port = await closedPort();
    const { core, issue, entry, simulator } = await world.open({ core: { chorusEndpoints: { qualification: { tokenUrl: `http://127.0.0.1:${port}/api/oauth/token`, apiBase: `http://127.0.0.1:${port}/cpro/` } } } });
    const [id] = await issue();
    valueOf(await core.invoke('sending:send', { invoiceId: id! }));
    await core.sender.runNow();
    expect(await entry(id!)).toMatchObject({ stage: 'queued', attempts: 0, lastError: { code: 'chorus_offline' } });
    expect(valueOf(await core.invoke('sending:summary', {})).sync).toMatchObject({ isChorusReachable: false, lastSyncAt: null });
    expect(simulator.inspect.deposits()).toHaveLength(0);
  });
});

describe('pieces deposited by hand, when an API connection comes later', () => {
  it('are found by number in the supplier’s invoices (two pages of 10) and followed to payment; none is deposited again', async () => {
    const { core, simulator, issue, entry, runUntil, time } = await world.open({ sender: { searchPageSize: 10 } });
    const ids = await issue(12);
    // What the user uploaded on the portal, as Chorus Pro received it.
    const client = (await import('../../../main/services/chorus/chorus-client')).createChorusClient({ endpoints: simulator.endpoints, credentials: { ...simulator.credentials }, clock: time.clock });
    for (const id of ids) {
      const file = valueOf(await core.invoke('invoices:file', { id, kind: 'pdf' }));
      await client.depositFlux({ fichierFlux: Buffer.from(file.base64, 'base64'), nomFichier: file.fileName });
      valueOf(await core.invoke('sending:recordPortalDeposit', { invoiceId: id, depositedOn: '2026-11-27', portalNumber: '' }));
    }
    const searchesBefore = simulator.inspect.requests().filter((r) => r.path === 'factures/v1/rechercher/fournisseur').length;
    await core.sender.runNow();
    const searches = simulator.inspect.requests().filter((r) => r.path === 'factures/v1/rechercher/fournisseur').length - searchesBefore;
    expect(searches).toBe(2);
    await runUntil(async () => (await entry(ids[11]!))?.chorusStatus === 'MISE_EN_PAIEMENT', 24 * 3_600_000, 30);
    for (const id of ids) expect(await entry(id)).toMatchObject({ channel: 'portal', stage: 'deposited_portal', chorusInvoiceId: expect.any(Number) });
    expect(simulator.inspect.deposits()).toHaveLength(12);
    // Sending one again is refused: Chorus Pro has it.
    expect(await core.invoke('sending:send', { invoiceId: ids[0]! })).toMatchObject({ ok: false });
  }, 180_000);
});
