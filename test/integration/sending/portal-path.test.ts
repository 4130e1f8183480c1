import { describe, expect, it } from 'vitest';
import { useTestCores } from '../../support/test-core';
import { draftFor, valueOf } from '../../support/invoicing-setup';
import { issuedPublicInvoices, movableClock } from '../../support/sending-setup';

const cores = useTestCores();

describe('the portal path (deposit by hand, statuses recorded by hand)', () => {
  it('lists a piece to deposit, records « J’ai déposé » and the statuses read on the portal, journaled', async () => {
    const core = cores.open();
    const { ids: [id] } = await issuedPublicInvoices(core);
    const planned = valueOf(await core.invoke('sending:planPortal', { invoiceId: id! }));
    expect(planned).toMatchObject({ channel: 'portal', stage: 'to_deposit', action: { kind: 'deposit' } });
    expect(valueOf(await core.invoke('sending:list', { filter: 'to-send' })).rows.map((r) => r.invoiceId)).toEqual([id]);

    const deposited = valueOf(await core.invoke('sending:recordPortalDeposit', { invoiceId: id!, depositedOn: '2026-11-27', portalNumber: 'CPP-123' }));
    expect(deposited).toMatchObject({ stage: 'deposited_portal', portalDepositDate: '2026-11-27', portalNumber: 'CPP-123', action: null });

    const suspended = valueOf(await core.invoke('sending:recordStatus', { invoiceId: id!, status: 'SUSPENDUE', date: '2026-11-27', comment: 'Joindre le bon de livraison' }));
    expect(suspended).toMatchObject({ chorusStatus: 'SUSPENDUE', isFinal: false, action: { kind: 'complete' } });
    expect(suspended.action?.explanation).toContain('portail');
    expect(valueOf(await core.invoke('sending:summary', {}))).toMatchObject({ suspended: 1, waiting: 0 });

    const paid = valueOf(await core.invoke('sending:recordStatus', { invoiceId: id!, status: 'MISE_EN_PAIEMENT', date: '2026-11-27', comment: '' }));
    expect(paid).toMatchObject({ chorusStatus: 'MISE_EN_PAIEMENT', isFinal: true, action: null, nextAttemptAt: null });

    const detail = valueOf(await core.invoke('sending:get', { invoiceId: id! }));
    expect(detail.timeline.map((t) => t.label)).toEqual(['À déposer sur le portail', 'Déposée (portail)', 'Suspendue', 'Mise en paiement']);
    expect(detail.timeline.find((t) => t.code === 'SUSPENDUE')).toMatchObject({ comment: 'Joindre le bon de livraison', source: 'manual' });
    const kinds = valueOf(await core.invoke('invoices:get', { id: id! })).journal.map((j) => j.kind);
    expect(kinds).toEqual(expect.arrayContaining(['sending.portal-planned', 'sending.portal-deposited', 'sending.status']));
    expect(valueOf(await core.invoke('journal:verify', {})).isIntact).toBe(true);
  });

  it('refuses what would lie: a deposit in the future, a status before the deposit, the same status twice, a status of a piece not deposited', async () => {
    const core = cores.open();
    const { ids: [id, other] } = await issuedPublicInvoices(core, 2);
    expect(await core.invoke('sending:recordPortalDeposit', { invoiceId: id!, depositedOn: '2026-11-28', portalNumber: '' })).toMatchObject({ ok: false, error: { code: 'sending_not_possible', field: 'depositedOn' } });
    expect(await core.invoke('sending:recordStatus', { invoiceId: other!, status: 'MANDATEE', date: '2026-11-27', comment: '' })).toMatchObject({ ok: false, error: { message: 'Enregistrez d’abord le dépôt de cette pièce.' } });
    valueOf(await core.invoke('sending:recordPortalDeposit', { invoiceId: id!, depositedOn: '2026-11-27', portalNumber: '' }));
    expect(await core.invoke('sending:recordStatus', { invoiceId: id!, status: 'MANDATEE', date: '2026-11-20', comment: '' })).toMatchObject({ ok: false, error: { field: 'date' } });
    expect(await core.invoke('sending:recordStatus', { invoiceId: id!, status: 'PAS_UN_STATUT', date: '2026-11-27', comment: '' })).toMatchObject({ ok: false, error: { field: 'status' } });
    valueOf(await core.invoke('sending:recordStatus', { invoiceId: id!, status: 'MANDATEE', date: '2026-11-27', comment: '' }));
    expect(await core.invoke('sending:recordStatus', { invoiceId: id!, status: 'MANDATEE', date: '2026-11-27', comment: '' })).toMatchObject({ ok: false, error: { field: 'status' } });
    // Deposited by hand: the outbox will never deposit it.
    expect(await core.invoke('sending:send', { invoiceId: id! })).toMatchObject({ ok: false, error: { code: 'sending_not_possible' } });
  });

  it('reminds on Accueil of a piece deposited by hand without news after the configured delay', async () => {
    const clock = movableClock('2026-11-27T10:00:00Z');
    const core = cores.open({ clock });
    const { ids: [id] } = await issuedPublicInvoices(core);
    valueOf(await core.invoke('sending:recordPortalDeposit', { invoiceId: id!, depositedOn: '2026-11-27', portalNumber: '' }));
    expect(valueOf(await core.invoke('sending:summary', {})).portalReminders).toEqual([]);
    clock.addDays(14);
    expect(valueOf(await core.invoke('sending:summary', {})).portalReminders).toEqual([]);
    clock.addDays(1);
    expect(valueOf(await core.invoke('sending:summary', {})).portalReminders).toEqual([
      { invoiceId: id, number: 'F-2026-0001', typeCode: '380', buyerName: 'Mairie de Beaufort-en-Anjou', depositedOn: '2026-11-27', daysWithoutNews: 15 },
    ]);
    // News resets the count; a shorter delay in Réglages brings the reminder back sooner.
    valueOf(await core.invoke('sending:recordStatus', { invoiceId: id!, status: 'MISE_A_DISPOSITION', date: '2026-12-12', comment: '' }));
    expect(valueOf(await core.invoke('sending:summary', {})).portalReminders).toEqual([]);
    valueOf(await core.invoke('sending:saveSettings', { portalReminderDays: 3 }));
    clock.addDays(3);
    expect(valueOf(await core.invoke('sending:summary', {})).portalReminders.map((r) => r.daysWithoutNews)).toEqual([3]);
    // A final status ends the reminders.
    valueOf(await core.invoke('sending:recordStatus', { invoiceId: id!, status: 'MISE_EN_PAIEMENT', date: '2026-12-15', comment: '' }));
    expect(valueOf(await core.invoke('sending:summary', {})).portalReminders).toEqual([]);
  });

  it('gives the values the portal asks for, ready to paste, and the files for each portal mode', async () => {
    const core = cores.open();
    const { customerId, ids: [id] } = await issuedPublicInvoices(core);
    const guide = valueOf(await core.invoke('sending:portalGuide', { invoiceId: id! }));
    expect(Object.fromEntries(guide.values.map((v) => [v.key, v.copyText]))).toEqual({
      buyerSiret: '21490021900012',
      serviceCode: 'FIN-01',
      number: 'F-2026-0001',
      issueDate: '27/11/2026',
      dueDate: '27/12/2026',
      netAmount: '136,50',
      vatAmount: '0,00',
      totalAmount: '136,50',
      frame: 'A1',
    });
    expect(guide.values.find((v) => v.key === 'totalAmount')?.display).toBe('136,50\u00a0€');
    expect(guide).toMatchObject({ pieceLabel: 'Facture', unitFileName: 'F-2026-0001-portail.pdf', batchFileName: 'F-2026-0001.pdf', portalUrl: 'https://qualif.chorus-pro.gouv.fr/' });

    const note = valueOf(await core.invoke('invoices:createCreditNote', { invoiceId: id! }));
    valueOf(await core.invoke('invoices:issue', { id: note.id }));
    const noteGuide = valueOf(await core.invoke('sending:portalGuide', { invoiceId: note.id }));
    expect(noteGuide.pieceLabel).toBe('Avoir');
    expect(noteGuide.values.map((v) => v.label)).toEqual(expect.arrayContaining(['N° de l’avoir', 'N° de la facture d’origine']));
    expect(valueOf(await core.invoke('sending:planPortal', { invoiceId: note.id })).action?.explanation).toContain('cet avoir');

    const { id: draftId } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    expect(await core.invoke('sending:planPortal', { invoiceId: draftId })).toMatchObject({ ok: false, error: { code: 'sending_not_possible' } });
  });
});

describe('a rejection, whichever the path', () => {
  it('is answered by a credit note and a new invoice, numbering intact, the reason shown; asked twice it prepares them once', async () => {
    const core = cores.open();
    const { ids: [id] } = await issuedPublicInvoices(core);
    valueOf(await core.invoke('sending:recordPortalDeposit', { invoiceId: id!, depositedOn: '2026-11-27', portalNumber: '' }));
    expect(await core.invoke('sending:replaceRejected', { invoiceId: id! })).toMatchObject({ ok: false, error: { code: 'sending_not_possible' } });
    const rejected = valueOf(await core.invoke('sending:recordStatus', { invoiceId: id!, status: 'REJETEE', date: '2026-11-27', comment: 'Numéro d’engagement inconnu' }));
    expect(rejected).toMatchObject({ isFinal: true, action: { kind: 'replace' } });
    expect(valueOf(await core.invoke('sending:get', { invoiceId: id! })).timeline.at(-1)).toMatchObject({ label: 'Rejetée', comment: 'Numéro d’engagement inconnu' });

    const { creditNoteId, newInvoiceId } = valueOf(await core.invoke('sending:replaceRejected', { invoiceId: id! }));
    expect(valueOf(await core.invoke('sending:replaceRejected', { invoiceId: id! }))).toEqual({ creditNoteId, newInvoiceId });
    const note = valueOf(await core.invoke('invoices:get', { id: creditNoteId }));
    expect(note).toMatchObject({ typeCode: '381', status: 'draft', correctedInvoice: { id } });
    const replacement = valueOf(await core.invoke('invoices:get', { id: newInvoiceId }));
    expect(replacement).toMatchObject({ typeCode: '380', status: 'draft', totalCents: 13650 });
    expect(replacement.draft).toMatchObject({ serviceCode: 'FIN-01', lines: [expect.objectContaining({ description: 'Atelier de pâtisserie pour l’école' })] });

    expect(valueOf(await core.invoke('invoices:issue', { id: creditNoteId })).number).toBe('A-2026-0001');
    expect(valueOf(await core.invoke('invoices:issue', { id: newInvoiceId })).number).toBe('F-2026-0002');
    expect(valueOf(await core.invoke('sending:get', { invoiceId: id! })).timeline.map((t) => t.label)).toContain('Avoir et nouvelle facture préparés');
    expect(valueOf(await core.invoke('journal:verify', {})).isIntact).toBe(true);
  });
});
