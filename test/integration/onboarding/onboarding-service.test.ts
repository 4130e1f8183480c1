import { describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { useTestCores } from '../../support/test-core';

const cores = useTestCores();
const openCore = (dataDir: string, now = '2026-11-27T09:00:00Z'): Core => cores.open({ dataDir, now });
const tempDir = () => cores.tempDir();

const mairieSupplier = {
  headcount: 0,
  legalForm: 'micro-entrepreneur',
  vatFranchise: true,
  sellsTo: { publicBuyers: true, companies: false, individuals: false },
};

async function value<T = Record<string, unknown>>(promise: Promise<unknown>): Promise<T> {
  const result = (await promise) as { ok: boolean; value?: T; error?: unknown };
  if (!result.ok) throw new Error(`unexpected failure: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

describe('onboarding through createCore().invoke', () => {
  it('opens the wizard on first start, and no longer once closed', async () => {
    const core = openCore(tempDir());
    const first = await value(core.invoke('onboarding:get', {}));
    expect(first).toMatchObject({ businessProfile: null, setup: {}, sendingMode: 'manual', shouldOpenWizard: true, wizardClosedAt: null });
    // The portal path comes first (issue 11): its two steps, no technical account.
    expect(first.setupSummary).toEqual({ doneCount: 0, totalCount: 2, postponedCount: 0, nextStepId: 'portal-user-account', isComplete: false });
    const closed = await value(core.invoke('onboarding:complete', {}));
    expect(closed).toMatchObject({ shouldOpenWizard: false, wizardClosedAt: '2026-11-27T09:00:00.000Z' });
    const reopened = await value(core.invoke('onboarding:restart', {}));
    expect(reopened).toMatchObject({ wizardClosedAt: null });
  });

  it('keeps answers, checklist and sending mode across a restart on the same data folder', async () => {
    const dataDir = tempDir();
    const core = openCore(dataDir);
    await value(core.invoke('onboarding:saveBusinessProfile', mairieSupplier));
    await value(core.invoke('onboarding:setSetupStep', { stepId: 'portal-user-account', status: 'done' }));
    await value(core.invoke('onboarding:setSetupStep', { stepId: 'structure', status: 'later' }));
    await value(core.invoke('onboarding:setSendingMode', { mode: 'api' }));
    await value(core.invoke('onboarding:setSendingMode', { mode: 'manual' }));
    core.close();

    const again = await value(openCore(dataDir).invoke('onboarding:get', {}));
    expect(again).toMatchObject({
      businessProfile: mairieSupplier,
      setup: { 'portal-user-account': 'done', structure: 'later' },
      sendingMode: 'manual',
      setupSummary: { doneCount: 1, totalCount: 2, postponedCount: 1, nextStepId: 'structure', isComplete: false },
      shouldOpenWizard: false,
    });
  });

  it('refuses invalid input with a French message and stores nothing', async () => {
    const core = openCore(tempDir());
    const negative = await core.invoke('onboarding:saveBusinessProfile', { ...mairieSupplier, headcount: -3 });
    expect(negative).toEqual({ ok: false, error: { code: 'invalid_input', message: 'L’effectif ne peut pas être négatif.', field: 'headcount' } });
    const unknownStep = await core.invoke('onboarding:setSetupStep', { stepId: 'pay-the-vendor', status: 'done' });
    expect(unknownStep).toMatchObject({ ok: false, error: { message: 'Cette étape de la configuration de Chorus Pro n’existe pas.' } });
    const missing = await core.invoke('onboarding:saveBusinessProfile', {});
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // zod's own messages are French too (installFrenchValidationMessages in createCore).
    expect((missing as { error: { message: string } }).error.message).toMatch(/attendu/);
    expect((missing as { error: { message: string } }).error.message).not.toMatch(/expected|required/i);
    expect(await value(core.invoke('onboarding:get', {}))).toMatchObject({ businessProfile: null });
  });

  it('computes the calendar with the clock in Paris time', async () => {
    const dataDir = tempDir();
    // 23:30 UTC on 31 August 2027 is already 1 September in Paris: the B2B issuing date has come.
    const core = openCore(dataDir, '2027-08-31T23:30:00Z');
    await value(core.invoke('onboarding:saveBusinessProfile', { ...mairieSupplier, sellsTo: { publicBuyers: true, companies: true, individuals: false } }));
    const view = await value<{ today: string; todayLabel: string; headline: string; calendar: { entries: Array<{ series: string | null; applies: boolean; status: string }> } }>(
      core.invoke('calendar:get', {}),
    );
    expect(view.today).toBe('2027-09-01');
    expect(view.todayLabel).toBe('1er septembre 2027');
    expect(view.headline).toBe('La facturation électronique via Chorus Pro est obligatoire pour vous depuis le 1er janvier 2020. La franchise en base de TVA ne vous en dispense pas.');
    const issuing = view.calendar.entries.find((entry) => entry.series === 'b2b-issuing' && entry.applies);
    expect(issuing?.status).toBe('in_force');
    core.close();

    const dayBefore = await value<{ today: string }>(openCore(dataDir, '2027-08-31T21:30:00Z').invoke('calendar:get', {}));
    expect(dayBefore.today).toBe('2027-08-31');
  });

  it('has no calendar before step 1, and adds the password renewal once a password is saved', async () => {
    const core = openCore(tempDir());
    expect(await value(core.invoke('calendar:get', {}))).toMatchObject({ calendar: null, headline: null, nextDates: [], passwordRenewal: null });
    await value(core.invoke('onboarding:saveBusinessProfile', mairieSupplier));
    await value(core.invoke('chorusConnection:save', { environment: 'production', pisteClientId: 'id', technicalLogin: 'TECH_1_x@cpro.fr', technicalPassword: 'Secret!2026' }));
    const view = await value<{ passwordRenewal: Record<string, unknown>; nextDates: Array<{ id: string }> }>(core.invoke('calendar:get', {}));
    expect(view.passwordRenewal).toMatchObject({ savedOn: '2026-11-27', expiresOn: '2028-01-25', status: 'valid', daysLeft: 424, lastValidDayLabel: '24/01/2028' });
    expect(view.nextDates.map((entry) => entry.id)).toContain('chorus-technical-password');
  });
});
