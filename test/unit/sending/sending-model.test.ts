import { describe, expect, it } from 'vitest';
import { fluxOutcome, fluxStateLabel, invoiceStatusLabel, isFinalInvoiceStatus } from '@shared/sending/chorus-statuses';
import { actionFor } from '@shared/sending/sending-actions';
import { canMove, isAtChorus, SENDING_STAGES } from '@shared/sending/sending-stage';
import { pollDelayMs, retryDelayMs } from '@shared/sending/retry-policy';

describe('the sending state machine', () => {
  it('never leaves a stage where Chorus Pro has the piece for one that deposits again', () => {
    for (const from of SENDING_STAGES.filter(isAtChorus)) {
      for (const to of ['queued', 'depositing', 'to_deposit', 'cancelled'] as const) expect(canMove(from, to), `${from} -> ${to}`).toBe(false);
    }
    expect(canMove('depositing', 'queued')).toBe(true);
    expect(canMove('deposited', 'integrated')).toBe(true);
    expect(canMove('deposited', 'flux_rejected')).toBe(true);
    expect(canMove('integrated', 'flux_rejected')).toBe(false);
    expect(canMove('to_deposit', 'deposited_portal')).toBe(true);
    expect(canMove('flux_rejected', 'queued')).toBe(false);
  });

  it('treats MISE_EN_PAIEMENT and REJETEE as final and keeps following MANDATEE', () => {
    expect(isFinalInvoiceStatus('MISE_EN_PAIEMENT')).toBe(true);
    expect(isFinalInvoiceStatus('REJETEE')).toBe(true);
    expect(isFinalInvoiceStatus('MANDATEE')).toBe(false);
    expect(isFinalInvoiceStatus(null)).toBe(false);
  });

  it('shows an unknown status or deposit state as Chorus Pro wrote it', () => {
    expect(invoiceStatusLabel('SUSPENDUE')).toBe('Suspendue');
    expect(invoiceStatusLabel('ABSENCE_VALIDATION_1_HORS_DELAI')).toBe('ABSENCE_VALIDATION_1_HORS_DELAI');
    expect(fluxStateLabel('IN_NOUVEL_ETAT')).toBe('IN_NOUVEL_ETAT');
    expect(fluxOutcome('IN_NOUVEL_ETAT')).toBe('pending');
    expect(fluxOutcome('IN_INTEGRE_PARTIEL')).toBe('integrated');
    expect(fluxOutcome('IN_INCIDENTE')).toBe('refused');
  });

  it('names the action each status calls for, in the words of the piece and of the path', () => {
    const invoice = { stage: 'integrated', channel: 'api', typeCode: '380' } as const;
    expect(actionFor({ ...invoice, status: 'SUSPENDUE' })?.kind).toBe('complete');
    expect(actionFor({ ...invoice, status: 'A_RECYCLER' })?.explanation).toContain('garde son numéro');
    expect(actionFor({ ...invoice, status: 'REJETEE' })).toMatchObject({ kind: 'replace', explanation: expect.stringContaining('nouveau numéro') });
    expect(actionFor({ ...invoice, stage: 'flux_rejected', status: null })?.kind).toBe('replace');
    expect(actionFor({ ...invoice, status: 'MANDATEE' })).toBeNull();
    expect(actionFor({ ...invoice, status: 'UN_STATUT_NOUVEAU' })).toBeNull();
    expect(actionFor({ ...invoice, channel: 'portal', stage: 'deposited_portal', status: 'SUSPENDUE' })?.explanation).toContain('portail');
    expect(actionFor({ ...invoice, typeCode: '381', status: 'REJETEE' })?.explanation).toContain('nouvel avoir');
  });
});

describe('when the sender looks again', () => {
  it('backs off exponentially with jitter, between half and all of the step, never beyond the cap', () => {
    const policy = { baseMs: 1000, capMs: 60_000 };
    expect(retryDelayMs(1, 0, policy)).toBe(500);
    expect(retryDelayMs(1, 1, policy)).toBe(1000);
    expect(retryDelayMs(3, 0.5, policy)).toBe(3000);
    expect(retryDelayMs(20, 1, policy)).toBe(60_000);
    expect(retryDelayMs(200, 0, policy)).toBe(30_000);
    for (let n = 1; n < 40; n++) for (const r of [0, 0.3, 1]) expect(retryDelayMs(n, r, policy)).toBeLessThanOrEqual(60_000);
  });

  it('asks an old status less often than a fresh one', () => {
    const hour = 3_600_000;
    expect(pollDelayMs(hour)).toBe(5 * 60_000);
    expect(pollDelayMs(3 * 24 * hour)).toBe(30 * 60_000);
    expect(pollDelayMs(60 * 24 * hour)).toBe(12 * hour);
  });
});

describe('Chorus Pro’s Paris wall times', () => {
  it('are read as the instant they name, winter and summer', async () => {
    const { parisWallTimeToIso } = await import('@shared/sending/paris-time');
    expect(parisWallTimeToIso('2026-11-28 09:12')).toBe('2026-11-28T08:12:00.000Z');
    expect(parisWallTimeToIso('2026-07-14 09:12:30')).toBe('2026-07-14T07:12:30.000Z');
    expect(parisWallTimeToIso('2026-11-28')).toBeNull();
  });
});
