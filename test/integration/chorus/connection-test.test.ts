import { describe, expect, it } from 'vitest';
import { microEntrepreneur, valueOf } from '../../support/invoicing-setup';
import { DEMO_CREDENTIALS, useChorusSimulator, type ChorusSimulator } from '../../support/chorus-simulator';
import { useTestCores } from '../../support/test-core';

const cores = useTestCores();
const sim = useChorusSimulator();

const account = (overrides: Partial<Record<keyof typeof DEMO_CREDENTIALS, string>> = {}) => ({ environment: 'qualification' as const, ...DEMO_CREDENTIALS, ...overrides });

/** A core whose « qualification » is the simulator, with the micro-entrepreneur of the tests as company. */
async function coreFor(simulator: ChorusSimulator) {
  const core = cores.open({ core: { chorusEndpoints: { qualification: simulator.endpoints } } });
  valueOf(await core.invoke('company:save', microEntrepreneur));
  return core;
}

describe('Réglages › Chorus Pro › Tester la connexion', () => {
  it('says what is missing before calling anyone', async () => {
    const { simulator } = await sim.start();
    const core = await coreFor(simulator);
    const result = valueOf(await core.invoke('chorusConnection:test', {}));
    expect(result).toMatchObject({ outcome: 'failed', failedStep: 'settings', code: 'chorus_not_configured', message: expect.stringContaining('Réglages › Chorus Pro') });
    expect(simulator.inspect.requests()).toEqual([]);
  });

  it('works, names the structure, and keeps the password expiry Chorus Pro reports for the reminders', async () => {
    const { simulator } = await sim.start({ passwordExpiresOn: '2027-03-15' });
    const core = await coreFor(simulator);
    valueOf(await core.invoke('chorusConnection:save', account()));
    const result = valueOf(await core.invoke('chorusConnection:test', {}));
    expect(result).toMatchObject({
      outcome: 'ok',
      code: null,
      failedStep: null,
      structure: { siret: '73282932000074', name: 'Jean Dupont EI' },
      technicalPasswordExpiresOn: '2027-03-15',
      message: 'Connexion réussie à Chorus Pro (qualification) : le compte technique est rattaché à Jean Dupont EI (SIRET 732 829 320 00074). Chorus Pro indique que le mot de passe du compte technique expire le 15 mars 2027.',
    });
    expect(valueOf(await core.invoke('chorusConnection:get', {})).technicalPasswordExpiresOn).toBe('2027-03-15');
    // Saved on 2026-11-27, the 424-day count would say 2028-01-25: Chorus Pro's date wins.
    expect(valueOf(await core.invoke('calendar:get', {})).passwordRenewal).toMatchObject({ expiresOn: '2027-03-15', isReportedByChorus: true, text: expect.stringContaining('date indiquée par Chorus Pro') });
    // A new password makes the reported date stale.
    valueOf(await core.invoke('chorusConnection:save', account({ technicalPassword: 'Nouveau-2027' })));
    expect(valueOf(await core.invoke('calendar:get', {})).passwordRenewal).toMatchObject({ isReportedByChorus: false });
  });

  it.each([
    ['a wrong PISTE secret', account({ pisteClientSecret: 'faux' }), 'token', 'chorus_piste_credentials', 'onglet « OAuth »'],
    ['a wrong PISTE client id', account({ pisteClientId: 'inconnu' }), 'token', 'chorus_piste_credentials', 'identifiant client'],
    ['a wrong technical password', account({ technicalPassword: 'périmé' }), 'account', 'chorus_technical_account', 'compte technique'],
    ['a wrong technical login', account({ technicalLogin: 'TECH_1_autre@cpro.fr' }), 'account', 'chorus_technical_account', 'TECH_1_'],
  ] as const)('explains %s', async (_label, input, step, code, words) => {
    const { simulator } = await sim.start();
    const core = await coreFor(simulator);
    valueOf(await core.invoke('chorusConnection:save', input));
    expect(valueOf(await core.invoke('chorusConnection:test', {}))).toMatchObject({ outcome: 'failed', failedStep: step, code, message: expect.stringContaining(words), structure: null });
  });

  it('explains an application without the Chorus Pro APIs, Chorus Pro down, and no network', async () => {
    const { simulator } = await sim.start();
    simulator.addApplication({ clientId: 'sans-api', clientSecret: 'x', isSubscribed: false });
    const core = await coreFor(simulator);
    valueOf(await core.invoke('chorusConnection:save', account({ pisteClientId: 'sans-api', pisteClientSecret: 'x' })));
    expect(valueOf(await core.invoke('chorusConnection:test', {}))).toMatchObject({ failedStep: 'account', code: 'chorus_not_subscribed', message: expect.stringContaining('piste.gouv.fr') });

    valueOf(await core.invoke('chorusConnection:save', account()));
    simulator.faults.add({ kind: 'status', status: 503, path: '*' });
    expect(valueOf(await core.invoke('chorusConnection:test', {}))).toMatchObject({ code: 'chorus_unavailable', message: expect.stringContaining('indisponible') });
    simulator.faults.add({ kind: 'status', status: 500, path: 'structures/v1/consulter' });
    expect(valueOf(await core.invoke('chorusConnection:test', {}))).toMatchObject({ failedStep: 'structure', code: 'chorus_unavailable' });

    await simulator.stop();
    expect(valueOf(await core.invoke('chorusConnection:test', {}))).toMatchObject({ code: 'chorus_offline', message: expect.stringContaining('connexion à Internet') });
  });

  it('warns when the technical account belongs to another structure than the company', async () => {
    const { simulator } = await sim.start({ supplier: { siret: '88123456100010', name: 'Autre Entreprise SAS' } });
    const core = await coreFor(simulator);
    valueOf(await core.invoke('chorusConnection:save', account()));
    expect(valueOf(await core.invoke('chorusConnection:test', {}))).toMatchObject({
      outcome: 'warning',
      structure: { siret: '88123456100010' },
      message: expect.stringContaining('pas à votre entreprise (SIRET 732 829 320 00074)'),
    });
  });

  it('the démonstration environment starts its simulator on demand, for the company, and stops with the core', async () => {
    const core = cores.open();
    valueOf(await core.invoke('company:save', microEntrepreneur));
    core.start();
    valueOf(await core.invoke('chorusConnection:save', { environment: 'demonstration', pisteClientId: '', technicalLogin: '' }));
    const result = valueOf(await core.invoke('chorusConnection:test', {}));
    expect(result).toMatchObject({ outcome: 'ok', environment: 'demonstration', structure: { siret: microEntrepreneur.siret, name: microEntrepreneur.legalName }, message: expect.stringContaining('environnement de démonstration') });
    // The demonstration never writes an expiry into the user's own accounts.
    expect(valueOf(await core.invoke('chorusConnection:get', {})).accounts.qualification.technicalPasswordExpiresOn).toBeNull();
    await core.stop();
    // Stopped with the core; a later need starts it again.
    core.start();
    expect(valueOf(await core.invoke('chorusConnection:test', {})).outcome).toBe('ok');
    await core.stop();
  });
});
