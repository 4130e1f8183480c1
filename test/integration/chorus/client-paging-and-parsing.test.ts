import { describe, expect, it } from 'vitest';
import { invoiceStatusKind, invoiceStatusLabel, fluxOutcome } from '@shared/chorus/chorus-statuses';
import { BUYERS, facturXFor, useChorusSimulator } from '../../support/chorus-simulator';

const sim = useChorusSimulator();
const SEARCH = 'factures/v1/rechercher/fournisseur';

describe('pages of 10', () => {
  it('25 invoices come in 3 pages, and the iterator reads them all, one page at a time', async () => {
    const { client, simulator } = await sim.start();
    const chorus = client();
    for (let n = 1; n <= 25; n += 1) {
      await chorus.depositFlux({ fichierFlux: await facturXFor(BUYERS.mairie, `P-${n}`, { serviceCode: 'FIN-01' }), nomFichier: `P-${n}.pdf` });
    }
    const first = await chorus.searchSupplierInvoices({});
    expect(first).toMatchObject({ page: 1, pageSize: 10, total: 25, pages: 3, hasMore: true });
    expect(first.items.map((i) => i.numeroFacture)).toEqual(Array.from({ length: 10 }, (_, i) => `P-${i + 1}`));
    const last = await chorus.searchSupplierInvoices({}, { page: 3 });
    expect(last).toMatchObject({ page: 3, hasMore: false });
    expect(last.items).toHaveLength(5);

    const searchesBefore = simulator.inspect.requests().filter((r) => r.path === SEARCH).length;
    const numbers: string[] = [];
    for await (const invoice of chorus.eachSupplierInvoice({})) numbers.push(invoice.numeroFacture);
    expect(numbers).toEqual(Array.from({ length: 25 }, (_, i) => `P-${i + 1}`));
    expect(simulator.inspect.requests().filter((r) => r.path === SEARCH).length - searchesBefore).toBe(3);

    // Breaking out early asks for no further page.
    const beforeBreak = simulator.inspect.requests().filter((r) => r.path === SEARCH).length;
    for await (const invoice of chorus.eachSupplierInvoice({ statutCourant: ['DEPOSEE'] })) if (invoice.numeroFacture === 'P-3') break;
    expect(simulator.inspect.requests().filter((r) => r.path === SEARCH).length - beforeBreak).toBe(1);
  });

  it('services of a structure with more than 10 services', async () => {
    const { client, simulator } = await sim.start();
    const id = simulator.addBuyer({
      siret: '21490021990005',
      name: 'Communauté de communes Baugeois-Vallée',
      address: '1 rue du Château',
      postcode: '49150',
      city: 'Baugé-en-Anjou',
      codeServiceDoitEtreRenseigne: true,
      numeroEJDoitEtreRenseigne: false,
      gestionNumeroEJOuCodeService: false,
      statutMiseEnPaiementNestPasRemonte: false,
      services: Array.from({ length: 12 }, (_, i) => ({ codeService: `S-${i + 1}`, libelleService: `Service ${i + 1}`, estActif: true })),
      life: 'paid',
    });
    const codes: string[] = [];
    for await (const service of client().eachService({ idStructure: id })) codes.push(service.codeService);
    expect(codes).toHaveLength(12);
    expect(simulator.inspect.requests().filter((r) => r.path === 'structures/v1/rechercher/services')).toHaveLength(2);
  });
});

describe('tolerant reading of answers', () => {
  it('reads a single result sent as an object instead of a list, and ignores fields it does not know', async () => {
    const { client, time } = await sim.start({ quirks: { singleResultAsObject: true, extraFields: true }, integrationDelayMs: 1_000 });
    const chorus = client();
    const ok = await chorus.depositFlux({ fichierFlux: await facturXFor(BUYERS.mairie, 'T-1', { serviceCode: 'FIN-01' }), nomFichier: 'T-1.pdf' });
    const bad = await chorus.depositFlux({ fichierFlux: await facturXFor(BUYERS.mairie, 'T-2', { serviceCode: undefined }), nomFichier: 'T-2.pdf' });
    await time.advance(1_000);
    expect((await chorus.depositReport({ numeroFluxDepot: bad.numeroFluxDepot })).listeErreurDP).toEqual([expect.objectContaining({ numeroDP: 'T-2' })]);
    const found = await chorus.searchSupplierInvoices({ numeroFluxDepot: ok.numeroFluxDepot });
    expect(found.items).toEqual([expect.objectContaining({ numeroFacture: 'T-1' })]);
    expect(found.items[0]).not.toHaveProperty('champAjouteParChorusPro');
    const history = await chorus.invoiceHistory({ idFacture: found.items[0]?.identifiantFactureCPP as number });
    expect(history.historiquesDesStatuts?.histoStatut).toEqual([expect.objectContaining({ histoStatutCode: 'DEPOSEE' })]);
    expect((await chorus.myStructures()).items).toHaveLength(1);
  });

  it('keeps an unknown status as Chorus Pro sent it, never as « en attente »', async () => {
    const { client, simulator, time } = await sim.start();
    simulator.setLife(BUYERS.mairie.siret, [
      { status: 'DEPOSEE', afterMs: 0 },
      { status: 'EN_COURS_TRAITEMENT_PIVOT_S', afterMs: 60_000, comment: 'Traitement par le pivot' },
    ]);
    const chorus = client();
    const receipt = await chorus.depositFlux({ fichierFlux: await facturXFor(BUYERS.mairie, 'T-3', { serviceCode: 'FIN-01' }), nomFichier: 'T-3.pdf' });
    await time.advance(60_000);
    const [invoice] = (await chorus.searchSupplierInvoices({ numeroFluxDepot: receipt.numeroFluxDepot })).items;
    expect(invoice?.statut).toBe('EN_COURS_TRAITEMENT_PIVOT_S');
    expect(invoiceStatusKind('EN_COURS_TRAITEMENT_PIVOT_S')).toBe('unknown');
    expect(invoiceStatusLabel('EN_COURS_TRAITEMENT_PIVOT_S')).toBe('EN_COURS_TRAITEMENT_PIVOT_S');
    expect(fluxOutcome('IN_NOUVEL_ETAT')).toBe('unknown');
    expect(fluxOutcome('IN_INTEGRE_PARTIEL')).toBe('partially_integrated');
  });

  it('reads a search answered « no result » (code 20000) as an empty page', async () => {
    const { client, simulator } = await sim.start();
    simulator.faults.add({ kind: 'business', path: SEARCH, codeRetour: 20000, libelle: 'TRA_MSG_00.015' });
    expect(await client().searchSupplierInvoices({ numeroFacture: 'absente' })).toMatchObject({ items: [], total: 0, hasMore: false });
  });
});
