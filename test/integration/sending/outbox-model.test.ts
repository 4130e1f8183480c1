import { describe, expect, it } from 'vitest';
import { createLeaseRepository } from '../../../main/db/repositories/lease-repository';
import { createSendingStore } from '../../../main/services/sending/sending-store';
import { fixedClock } from '../../../main/services/clock';
import { useTestCores } from '../../support/test-core';
import { valueOf } from '../../support/invoicing-setup';
import { issuedPublicInvoices } from '../../support/sending-setup';
import { sealOfCore } from '../../support/core-seal';

const cores = useTestCores();

describe('the outbox (API path) as the user drives it', () => {
  it('queues a piece once, cancels it before deposit, queues it again; every move journaled', async () => {
    const core = cores.open();
    const { ids: [id] } = await issuedPublicInvoices(core);
    expect(valueOf(await core.invoke('sending:get', { invoiceId: id! }))).toMatchObject({ entry: null, canSend: true, cannotSendReason: null });
    expect(valueOf(await core.invoke('sending:summary', {})).toSend).toBe(1);

    const queued = valueOf(await core.invoke('sending:send', { invoiceId: id! }));
    expect(queued).toMatchObject({ channel: 'api', stage: 'queued', attempts: 0, nextAttemptAt: '2026-11-27T10:00:00.000Z', lastError: null });
    expect(await core.invoke('sending:send', { invoiceId: id! })).toMatchObject({ ok: false, error: { code: 'sending_not_possible', message: 'Cette pièce est déjà dans la file d’envoi.' } });
    expect(valueOf(await core.invoke('sending:summary', {})).toSend).toBe(1);

    expect(valueOf(await core.invoke('sending:cancel', { invoiceId: id! }))).toMatchObject({ stage: 'cancelled', nextAttemptAt: null });
    expect(await core.invoke('sending:retry', { invoiceId: id! })).toMatchObject({ ok: false });
    expect(valueOf(await core.invoke('sending:send', { invoiceId: id! })).stage).toBe('queued');
    const kinds = valueOf(await core.invoke('invoices:get', { id: id! })).journal.map((j) => j.kind).filter((k) => k.startsWith('sending.'));
    expect(kinds).toEqual(['sending.queued', 'sending.cancelled', 'sending.queued']);
    expect(valueOf(await core.invoke('sending:list', { filter: 'to-send', channel: 'api' })).total).toBe(1);
    expect(valueOf(await core.invoke('sending:list', { filter: 'all', text: 'beaufort' })).total).toBe(1);
    expect(valueOf(await core.invoke('sending:list', { filter: 'all', text: 'F-2026-0009' })).total).toBe(0);
  });

  it('switching a queued piece to the portal path, then back, searches Chorus Pro before any deposit', async () => {
    const core = cores.open();
    const { ids: [id] } = await issuedPublicInvoices(core);
    valueOf(await core.invoke('sending:send', { invoiceId: id! }));
    expect(valueOf(await core.invoke('sending:planPortal', { invoiceId: id! }))).toMatchObject({ channel: 'portal', stage: 'to_deposit', nextAttemptAt: null });
    valueOf(await core.invoke('sending:send', { invoiceId: id! }));
    expect(core.db.prepare('SELECT check_remote FROM sendings WHERE invoice_id = ?').pluck().get(id)).toBe(1);
  });

  it('sends only issued pieces to a public buyer with a SIRET', async () => {
    const core = cores.open();
    await issuedPublicInvoices(core, 0);
    const privateCustomer = valueOf(await core.invoke('customers:create', { customer: { kind: 'private', legalName: 'Mme Martin', address: { line1: '1 rue Haute', postcode: '49000', city: 'Angers', countryCode: 'FR' } } }));
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: { customerId: privateCustomer.id, issueDate: '2026-11-27', lines: [{ description: 'Gâteau', quantity: '1', unitCode: 'C62', unitPrice: '30', vatCategory: 'E', vatRate: '0', vatExemptionCode: 'VATEX-FR-FRANCHISE' }] } }));
    expect(valueOf(await core.invoke('sending:get', { invoiceId: id })).cannotSendReason).toMatch(/brouillon/);
    valueOf(await core.invoke('invoices:issue', { id }));
    expect(valueOf(await core.invoke('sending:get', { invoiceId: id }))).toMatchObject({ canSend: false, cannotSendReason: expect.stringMatching(/privé/) });
    expect(await core.invoke('sending:send', { invoiceId: id })).toMatchObject({ ok: false, error: { code: 'sending_not_possible' } });
    expect(valueOf(await core.invoke('sending:summary', {})).toSend).toBe(0);
  });

  it('the database itself keeps a deposit number for good and never lets a deposited piece be queued again', async () => {
    const core = cores.open();
    const { ids: [id] } = await issuedPublicInvoices(core);
    valueOf(await core.invoke('sending:send', { invoiceId: id! }));
    core.db.prepare("UPDATE sendings SET stage = 'depositing', claimed_by = 'x', claimed_at = 'now' WHERE invoice_id = ?").run(id);
    core.db.prepare("UPDATE sendings SET stage = 'deposited', flux_number = 'CPP001' WHERE invoice_id = ?").run(id);
    expect(() => core.db.prepare("UPDATE sendings SET flux_number = 'CPP002' WHERE invoice_id = ?").run(id)).toThrow(/ne change jamais/);
    expect(() => core.db.prepare("UPDATE sendings SET stage = 'queued' WHERE invoice_id = ?").run(id)).toThrow(/seconde fois/);
    expect(() => core.db.prepare('DELETE FROM sendings WHERE invoice_id = ?').run(id)).toThrow();
    expect(await core.invoke('sending:cancel', { invoiceId: id! })).toMatchObject({ ok: false });
  });

  it('keeps a status Facturier does not know exactly as Chorus Pro wrote it, never « en attente »', async () => {
    const core = cores.open();
    const { ids: [id] } = await issuedPublicInvoices(core);
    valueOf(await core.invoke('sending:recordPortalDeposit', { invoiceId: id!, depositedOn: '2026-11-27', portalNumber: '' }));
    const clock = fixedClock('2026-11-28T08:00:00Z');
    const store = createSendingStore(core.db, clock, sealOfCore(core, clock));
    store.write(() => store.recordStatus(store.sendings.get(id!)!, { status: 'TRANSMISE_MOA', at: '2026-11-28 09:12', comment: '', source: 'api' }));
    const detail = valueOf(await core.invoke('sending:get', { invoiceId: id! }));
    expect(detail.entry).toMatchObject({ chorusStatus: 'TRANSMISE_MOA', isFinal: false, action: null });
    expect(detail.timeline.at(-1)).toMatchObject({ label: 'TRANSMISE_MOA', code: 'TRANSMISE_MOA', source: 'api', at: '2026-11-28T08:12:00.000Z' });
    // The API repeats its whole history at every poll: recorded once.
    expect(store.write(() => store.recordStatus(store.sendings.get(id!)!, { status: 'TRANSMISE_MOA', at: '2026-11-28 09:12', comment: '', source: 'api' }))).toBe(false);
  });
});

describe('the sender lease', () => {
  it('lets one holder at a time work, renews, and passes on when expired, released or its holder is gone', () => {
    const core = cores.open();
    const leases = createLeaseRepository(core.db);
    const alive = () => false;
    expect(leases.acquire('sender', 'A', 1000, 500, alive)).toMatchObject({ isHeld: true, lease: { holder: 'A', epoch: 1 } });
    expect(leases.acquire('sender', 'B', 1200, 500, alive)).toMatchObject({ isHeld: false, lease: { holder: 'A' } });
    expect(leases.acquire('sender', 'A', 1400, 500, alive)).toMatchObject({ isHeld: true, lease: { expires_at: 1900, epoch: 1 } });
    expect(leases.holds('sender', 'A', 1899)).toBe(true);
    expect(leases.acquire('sender', 'B', 1900, 500, alive)).toMatchObject({ isHeld: true, lease: { holder: 'B', epoch: 2 } });
    expect(leases.holds('sender', 'A', 1901)).toBe(false);
    leases.release('sender', 'B');
    expect(leases.acquire('sender', 'A', 1950, 500, alive)).toMatchObject({ isHeld: true, lease: { holder: 'A', epoch: 3 } });
    expect(leases.acquire('sender', 'C', 2000, 500, (holder) => holder === 'A')).toMatchObject({ isHeld: true, lease: { holder: 'C', epoch: 4 } });
  });
});

describe('« Envois » lists every piece that concerns Chorus Pro', () => {
  it('including issued pieces to a public buyer not sent yet, as « À envoyer »', async () => {
    const core = cores.open();
    const { ids } = await issuedPublicInvoices(core, 3);
    valueOf(await core.invoke('sending:send', { invoiceId: ids[0]! }));
    valueOf(await core.invoke('sending:recordPortalDeposit', { invoiceId: ids[1]!, depositedOn: '2026-11-27', portalNumber: '' }));
    const toSend = valueOf(await core.invoke('sending:list', { filter: 'to-send' }));
    expect(toSend.rows.map((r) => [r.number, r.stage, r.channel]).sort()).toEqual([
      ['F-2026-0001', 'queued', 'api'],
      ['F-2026-0003', 'unsent', null],
    ]);
    expect(valueOf(await core.invoke('sending:list', { filter: 'all' })).total).toBe(3);
    expect(valueOf(await core.invoke('sending:list', { filter: 'waiting' })).rows.map((r) => r.number)).toEqual(['F-2026-0002']);
    expect(valueOf(await core.invoke('sending:list', { filter: 'to-send', channel: 'api' })).total).toBe(1);
  });
});
