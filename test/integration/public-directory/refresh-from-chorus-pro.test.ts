import { describe, expect, it } from 'vitest';
import { inertScheduler } from '../../support/inert-scheduler';
import { valueOf } from '../../support/invoicing-setup';
import { BUYERS, useChorusSimulator } from '../../support/chorus-simulator';
import { refreshThroughCore } from '../../support/public-directory/import-through-core';
import { useTestCores } from '../../support/test-core';

const cores = useTestCores();
const simulators = useChorusSimulator();


describe('« Mettre à jour l’annuaire » through the Chorus Pro connection (simulator)', () => {
  it('is offered once a connection is saved, downloads the directory ZIP and makes it searchable', async () => {
    const { simulator, time } = await simulators.start();
    const core = cores.open({ clock: time.clock, core: { scheduler: inertScheduler, chorusEndpoints: { qualification: simulator.endpoints } } });
    expect(valueOf(await core.invoke('directory:status', {})).canRefreshOnline).toBe(false);
    expect(await core.invoke('directory:refresh', {})).toMatchObject({ ok: false, error: { code: 'directory_online_unavailable' } });

    valueOf(await core.invoke('chorusConnection:save', { environment: 'qualification', ...simulator.credentials }));
    expect(valueOf(await core.invoke('directory:status', {})).canRefreshOnline).toBe(true);
    expect((await refreshThroughCore(core)).state).toBe('done');

    const status = valueOf(await core.invoke('directory:status', {}));
    expect(status.current).toMatchObject({ source: 'chorus', fileName: 'annuaire-chorus-pro.zip', outcome: 'done', report: { isZipped: true, part: 'annuaire-destinataires.csv' } });
    expect(status.current?.structures).toBeGreaterThanOrEqual(Object.keys(BUYERS).length);
    const hits = valueOf(await core.invoke('directory:search', { text: 'mairie beaufort' })).hits;
    expect(hits[0]).toMatchObject({ siret: BUYERS.mairie.siret, name: BUYERS.mairie.name, postcode: '49250' });
    expect(valueOf(await core.invoke('directory:structure', { siret: BUYERS.mairie.siret }))).toMatchObject({ serviceCodeRequired: true });
    // The export lists each structure's active services in one column, and says « Mise en paiement non remontée ».
    expect(status.current?.report?.unknownColumns).toEqual([]);
    const nantes = valueOf(await core.invoke('directory:structure', { siret: '21440109300015' }));
    expect(nantes.services.map((s) => s.code)).toEqual(['SERV-FIN-01']);
    expect(nantes.paymentStatusReported).toBe(true);
    const syndicat = valueOf(await core.invoke('directory:structure', { siret: '25440077300019' }));
    expect(syndicat.paymentStatusReported).toBe(false);
    // The service reserved to exchanges between public entities is never offered to a supplier.
    expect(valueOf(await core.invoke('directory:structure', { siret: BUYERS.mairie.siret })).services.map((s) => s.code)).not.toContain('FACTURES_PUBLIQUES');
  });

  it('a refused download (wrong technical password) keeps the directory in use and says so in French', async () => {
    const { simulator, time } = await simulators.start();
    const core = cores.open({ clock: time.clock, core: { scheduler: inertScheduler, chorusEndpoints: { qualification: simulator.endpoints } } });
    valueOf(await core.invoke('chorusConnection:save', { environment: 'qualification', ...simulator.credentials, technicalPassword: 'pas-le-bon' }));
    const last = await refreshThroughCore(core);
    expect(last.state).toBe('failed');
    expect(last.message).toMatch(/Chorus Pro/);
    expect(valueOf(await core.invoke('directory:status', {})).current).toBeNull();
  });
});
