import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ChorusError } from '../../../main/services/chorus/chorus-error';
import { serializeCii, serializeUbl } from '../../../main/services/documents/xml';
import { franchiseInvoiceToTownHall } from '../../unit/domain/invoice-fixtures';
import { BUYERS, facturXFor, useChorusSimulator } from '../../support/chorus-simulator';

const sim = useChorusSimulator();
const DAY = 24 * 3600_000;

describe('the Chorus Pro client against the simulator', () => {
  it('finds its own structure, its password expiry and its bank accounts (the connection test calls)', async () => {
    const { client } = await sim.start({ passwordExpiresOn: '2027-06-30' });
    const mine = await client().myStructures();
    expect(mine.items).toEqual([expect.objectContaining({ identifiantStructure: '73282932000074', designationStructure: 'Jean Dupont EI', idStructure: expect.any(Number) })]);
    const idStructure = (mine.items[0] as { idStructure: number }).idStructure;
    const own = await client().structure({ idStructureCPP: idStructure });
    expect(own.informationGenerales.dateExpirationMotPasseCompteTech).toBe('2027-06-30');
    expect(await client().validBankAccounts({ idStructure })).toEqual([{ idCoordonneeBancaire: expect.any(Number), nomCoordonneeBancaire: 'Compte principal' }]);
  });

  it('deposits a Factur-X, reads its report, finds it by flux and by number, and reads its history', async () => {
    const { client, simulator } = await sim.start();
    const chorus = client();
    const receipt = await chorus.depositFlux({ fichierFlux: await facturXFor(BUYERS.mairie, 'F-2026-0001', { serviceCode: 'FIN-01', engagementNumber: undefined }), nomFichier: 'F-2026-0001.pdf' });
    expect(receipt).toMatchObject({ numeroFluxDepot: expect.stringMatching(/^CPP\d+$/), dateDepot: '2026-11-27', syntaxeFlux: 'IN_DP_E2_CII_FACTURX' });
    const report = await chorus.depositReport({ numeroFluxDepot: receipt.numeroFluxDepot });
    expect(report).toMatchObject({ etatCourantDepotFlux: 'IN_INTEGRE', nomFichier: 'F-2026-0001.pdf', listeErreurDP: [] });
    const byFlux = await chorus.searchSupplierInvoices({ numeroFluxDepot: receipt.numeroFluxDepot });
    expect(byFlux.items).toEqual([expect.objectContaining({ numeroFacture: 'F-2026-0001', statut: 'DEPOSEE', codeDestinataire: BUYERS.mairie.siret, codeServiceExecutant: 'FIN-01', montantTTC: 900 })]);
    const byNumber = await chorus.searchSupplierInvoices({ numeroFacture: 'F-2026-0001' });
    const id = (byNumber.items[0] as { identifiantFactureCPP: number }).identifiantFactureCPP;
    const history = await chorus.invoiceHistory({ idFacture: id });
    expect(history).toMatchObject({ statutCourantCode: 'DEPOSEE', numeroFacture: 'F-2026-0001', historiquesDesStatuts: { histoStatut: [expect.objectContaining({ histoStatutCode: 'DEPOSEE' })] } });
    expect(simulator.inspect.depositsOf('F-2026-0001')).toHaveLength(1);
  });

  it('deposits UBL and CII XML with their own syntax codes', async () => {
    const { client } = await sim.start();
    const doc = franchiseInvoiceToTownHall();
    doc.invoice.issueDate = '2026-11-27';
    doc.invoice.number = 'U-1';
    const ubl = await client().depositFlux({ fichierFlux: Buffer.from(serializeUbl(doc)), nomFichier: 'U-1.xml', syntaxeFlux: 'IN_DP_E1_UBL_INVOICE' });
    doc.invoice.number = 'C-1';
    const cii = await client().depositFlux({ fichierFlux: Buffer.from(serializeCii(doc)), nomFichier: 'C-1.xml', syntaxeFlux: 'IN_DP_E1_CII_16B' });
    expect((await client().depositReport({ numeroFluxDepot: ubl.numeroFluxDepot })).etatCourantDepotFlux).toBe('IN_INTEGRE');
    expect((await client().depositReport({ numeroFluxDepot: cii.numeroFluxDepot })).etatCourantDepotFlux).toBe('IN_INTEGRE');
    // A UBL file declared as Factur-X is refused at integration, as Chorus Pro would.
    doc.invoice.number = 'U-2';
    const wrong = await client().depositFlux({ fichierFlux: Buffer.from(serializeUbl(doc)), nomFichier: 'U-2.pdf' });
    expect(await client().depositReport({ numeroFluxDepot: wrong.numeroFluxDepot })).toMatchObject({ etatCourantDepotFlux: 'IN_REJETE', listeErreurDP: [{ libelleErreurDP: expect.stringContaining('n’est pas un PDF') }] });
  });

  it('reports a rejection per invoice (IN_REJETE + listeErreurDP) once integration is done', async () => {
    const { client, time } = await sim.start({ integrationDelayMs: 60_000 });
    const chorus = client();
    const deposits = await Promise.all([
      facturXFor(BUYERS.mairie, 'F-1', { serviceCode: undefined, engagementNumber: undefined }),
      facturXFor(BUYERS.ccas, 'F-2', { serviceCode: undefined, engagementNumber: undefined }),
      facturXFor({ siret: '21490021990005', name: 'Inconnue' }, 'F-3'),
      facturXFor(BUYERS.nantes, 'F-4', { serviceCode: 'SERV-OLD' }),
    ]).then((files) => Promise.all(files.map((file, index) => chorus.depositFlux({ fichierFlux: file, nomFichier: `F-${index + 1}.pdf` }))));
    const reports = () => Promise.all(deposits.map((r) => chorus.depositReport({ numeroFluxDepot: r.numeroFluxDepot })));
    expect((await reports()).map((r) => r.etatCourantDepotFlux)).toEqual(Array(4).fill('IN_DEPOT_PORTAIL_EN_ATTENTE_TRAITEMENT_SE_CPP'));
    await time.advance(60_000);
    const done = await reports();
    expect(done.map((r) => r.etatCourantDepotFlux)).toEqual(Array(4).fill('IN_REJETE'));
    expect(done.map((r) => r.listeErreurDP.map((e) => e.libelleErreurDP).join(' '))).toEqual([
      expect.stringContaining('BuyerReference.value est obligatoire'),
      expect.stringContaining('BuyerOrderReferencedDocument.IssuerAssignedID.value est obligatoire'),
      expect.stringContaining('n’est pas une structure publique connue'),
      expect.stringContaining('n’est plus actif'),
    ]);
    expect(done[0]?.listeErreurDP[0]).toMatchObject({ numeroDP: 'F-1', identifiantDestinataire: BUYERS.mairie.siret, identifiantFournisseur: '73282932000074' });
    expect((await chorus.searchSupplierInvoices({})).items).toEqual([]);
  });

  it('refuses a second invoice with a number already used, and counts both deposits', async () => {
    const { client, simulator } = await sim.start();
    const pdf = await facturXFor(BUYERS.mairie, 'F-2026-0007', { serviceCode: 'FIN-01' });
    const first = await client().depositFlux({ fichierFlux: pdf, nomFichier: 'F-2026-0007.pdf' });
    const second = await client().depositFlux({ fichierFlux: pdf, nomFichier: 'F-2026-0007.pdf' });
    expect((await client().depositReport({ numeroFluxDepot: first.numeroFluxDepot })).etatCourantDepotFlux).toBe('IN_INTEGRE');
    expect(await client().depositReport({ numeroFluxDepot: second.numeroFluxDepot })).toMatchObject({
      etatCourantDepotFlux: 'IN_REJETE',
      listeErreurDP: [{ numeroDP: 'F-2026-0007', libelleErreurDP: expect.stringContaining('déjà été déposée') }],
    });
    expect(simulator.inspect.depositsOf('F-2026-0007').map((d) => d.isAccepted)).toEqual([true, false]);
    expect((await client().searchSupplierInvoices({ numeroFacture: 'F-2026-0007' })).items).toHaveLength(1);
  });

  it('looks up public structures, their rules and their services', async () => {
    const { client } = await sim.start();
    const found = await client().searchStructures({ identifiantStructure: BUYERS.ccas.siret, restreindreStructuresPrivees: true });
    expect(found.items).toEqual([expect.objectContaining({ identifiantStructure: BUYERS.ccas.siret, designationStructure: BUYERS.ccas.name })]);
    const byName = await client().searchStructures({ raisonSocialeStructure: 'beaufort' });
    expect(byName.items.map((s) => s.designationStructure).sort()).toEqual(['CCAS de Beaufort-en-Anjou', 'Mairie de Beaufort-en-Anjou']);
    const hospital = (await client().searchStructures({ identifiantStructure: BUYERS.hopital.siret })).items[0] as { idStructureCPP: number };
    const details = await client().structure({ idStructureCPP: hospital.idStructureCPP });
    expect(details.parametres).toMatchObject({ gestionNumeroEJOuCodeService: true, codeServiceDoitEtreRenseigne: false, numeroEJDoitEtreRenseigne: false });
    const services = await client().searchServices({ idStructure: hospital.idStructureCPP });
    expect(services.items.map((s) => s.codeService)).toEqual(['ACHATS', 'URGENCES']);
    const urgences = services.items.find((s) => s.codeService === 'URGENCES') as { idService: number };
    expect((await client().service({ idStructure: hospital.idStructureCPP, idService: urgences.idService })).parametres?.numeroEngagement).toBe(true);
    expect((await client().searchStructures({ identifiantStructure: '21490021990005' })).items).toEqual([]);
  });

  it('downloads the directory of public recipients as a ZIP', async () => {
    const { client } = await sim.start();
    const zip = unzipSync(await client().downloadDirectory());
    const csv = strFromU8(zip['annuaire-destinataires.csv'] as Uint8Array);
    expect(csv.split('\r\n')).toHaveLength(7);
    expect(csv).toContain(`${BUYERS.mairie.siret};Mairie de Beaufort-en-Anjou;49250`);
  });

  it('deposits a plain PDF through ajouter/fichier + soumettre (DEPOT_PDF_API)', async () => {
    const { client, simulator } = await sim.start();
    const supplierId = simulator.inspect.structureId('73282932000074') as number;
    const invoice = {
      numeroFactureSaisi: 'F-2026-0009',
      dateFacture: '2026-11-27',
      destinataire: { codeDestinataire: BUYERS.mairie.siret, codeServiceExecutant: 'FIN-01' },
      fournisseur: { idFournisseur: supplierId },
      cadreDeFacturation: { codeCadreFacturation: 'A1_FACTURE_FOURNISSEUR' },
      references: { deviseFacture: 'EUR', typeFacture: 'FACTURE', typeTva: 'SANS_TVA', modePaiement: 'VIREMENT' },
      montantTotal: { montantHtTotal: 136.5, montantTVA: 0, montantTtcTotal: 136.5, montantAPayer: 136.5 },
    } as const;
    const result = await client().depositPdfInvoice({ pdf: Buffer.from('%PDF-1.7\n…'), nomFichier: 'F-2026-0009.pdf', invoice });
    expect(result).toMatchObject({ identifiantFactureCPP: expect.any(Number), numeroFacture: 'F-2026-0009', statutFacture: 'DEPOSEE', pieceJointeId: expect.any(Number) });
    expect(simulator.inspect.invoices()).toEqual([expect.objectContaining({ numeroFacture: 'F-2026-0009', modeDepot: 'DEPOT_PDF_API' })]);
    const refused = await client()
      .depositPdfInvoice({ pdf: Buffer.from('%PDF'), nomFichier: 'x.pdf', invoice: { ...invoice, numeroFactureSaisi: 'F-2026-0010', destinataire: { codeDestinataire: BUYERS.mairie.siret } } })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'chorus_refused', isRetryable: false, mayHaveBeenProcessed: false, message: expect.stringContaining('exige un code service') });
  });

  it('refuses to complete an invoice that is not suspended, with the reason in French', async () => {
    const { client } = await sim.start();
    const receipt = await client().depositFlux({ fichierFlux: await facturXFor(BUYERS.mairie, 'F-5', { serviceCode: 'FIN-01' }), nomFichier: 'F-5.pdf' });
    const [invoice] = (await client().searchSupplierInvoices({ numeroFluxDepot: receipt.numeroFluxDepot })).items;
    const error = await client()
      .completeInvoice({ identifiantFactureCPP: invoice?.identifiantFactureCPP as number, commentaire: 'Bon de livraison joint.' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChorusError);
    expect(error).toMatchObject({ code: 'chorus_refused', codeRetour: 20002, message: expect.stringContaining('pas au statut « Suspendue »') });
  });
});

describe('scripted lives of invoices, moved by the clock', () => {
  async function deposit(client: ReturnType<Awaited<ReturnType<typeof sim.start>>['client']>, buyer: { siret: string; name: string }, number: string, options: Parameters<typeof facturXFor>[2] = {}) {
    const receipt = await client.depositFlux({ fichierFlux: await facturXFor(buyer, number, options), nomFichier: `${number}.pdf` });
    const [invoice] = (await client.searchSupplierInvoices({ numeroFluxDepot: receipt.numeroFluxDepot })).items;
    return invoice?.identifiantFactureCPP as number;
  }
  const statuses = async (client: ReturnType<Awaited<ReturnType<typeof sim.start>>['client']>, id: number) =>
    (await client.invoiceHistory({ idFacture: id })).historiquesDesStatuts?.histoStatut.map((h) => h.histoStatutCode).reverse();

  it('follows a commune’s invoice to « Mise en paiement »', async () => {
    const { client, time } = await sim.start();
    const chorus = client();
    const id = await deposit(chorus, BUYERS.mairie, 'F-10', { serviceCode: 'FIN-01' });
    await time.advance(15 * DAY);
    expect(await statuses(chorus, id)).toEqual(['DEPOSEE', 'EN_COURS_ACHEMINEMENT', 'MISE_A_DISPOSITION', 'PRISE_EN_COMPTE_DESTINATAIRE', 'SERVICE_FAIT', 'MANDATEE', 'MISE_EN_PAIEMENT']);
  });

  it('suspends the CCAS invoice until the supplier completes it, then pays', async () => {
    const { client, time } = await sim.start();
    const chorus = client();
    const id = await deposit(chorus, BUYERS.ccas, 'F-11', { serviceCode: undefined, engagementNumber: 'EJ-2026-42' });
    await time.advance(5 * DAY);
    const suspended = await chorus.invoiceHistory({ idFacture: id });
    expect(suspended.statutCourantCode).toBe('SUSPENDUE');
    expect(suspended.historiquesDesStatuts?.histoStatut[0]?.histoStatutCommentaire).toContain('bon de livraison');
    await time.advance(30 * DAY);
    expect((await chorus.invoiceHistory({ idFacture: id })).statutCourantCode).toBe('SUSPENDUE');
    const { pieceJointeId } = await chorus.addAttachment({ pieceJointeFichier: Buffer.from('%PDF-1.4 bon'), pieceJointeNom: 'bon-de-livraison.pdf' });
    await chorus.completeInvoice({ identifiantFactureCPP: id, commentaire: 'Bon de livraison signé joint.', pieceJointeComplementaire: [{ pieceJointeComplementaireId: pieceJointeId, pieceJointeComplementaireDesignation: 'Bon de livraison' }] });
    expect((await chorus.invoiceHistory({ idFacture: id })).statutCourantCode).toBe('COMPLETEE');
    await time.advance(15 * DAY);
    expect((await statuses(chorus, id))?.slice(-6)).toEqual(['SUSPENDUE', 'COMPLETEE', 'MISE_A_DISPOSITION', 'SERVICE_FAIT', 'MANDATEE', 'MISE_EN_PAIEMENT']);
  });

  it('asks to recycle the hospital invoice sent to the wrong service, keeps the number, then pays', async () => {
    const { client, time } = await sim.start();
    const chorus = client();
    const id = await deposit(chorus, BUYERS.hopital, 'F-12', { serviceCode: 'URGENCES', engagementNumber: 'EJ-1' });
    await time.advance(1 * DAY);
    expect((await chorus.invoiceHistory({ idFacture: id })).statutCourantCode).toBe('A_RECYCLER');
    const wrong = await chorus.recycleInvoice({ identifiantFactureCPP: id, destinataire: { codeDestinataire: BUYERS.hopital.siret, codeServiceExecutant: 'INCONNU' } }).catch((e: unknown) => e);
    expect(wrong).toMatchObject({ code: 'chorus_refused', message: expect.stringContaining('INCONNU') });
    await chorus.recycleInvoice({ identifiantFactureCPP: id, destinataire: { codeDestinataire: BUYERS.hopital.siret, codeServiceExecutant: 'ACHATS' }, commentaire: 'Service corrigé.' });
    await time.advance(15 * DAY);
    const [found] = (await chorus.searchSupplierInvoices({ numeroFacture: 'F-12' })).items;
    expect(found).toMatchObject({ identifiantFactureCPP: id, statut: 'MISE_EN_PAIEMENT', codeServiceExecutant: 'ACHATS' });
  });

  it('rejects the ministry invoice with its reason, and a structure that never reports payment stops at MANDATEE', async () => {
    const { client, time } = await sim.start();
    const chorus = client();
    const rejected = await deposit(chorus, BUYERS.ministere, 'F-13', { serviceCode: undefined, engagementNumber: 'EJ-9' });
    const silent = await deposit(chorus, BUYERS.syndicat, 'F-14', { serviceCode: undefined, engagementNumber: undefined });
    await time.advance(60 * DAY);
    const history = await chorus.invoiceHistory({ idFacture: rejected });
    expect(history.statutCourantCode).toBe('REJETEE');
    expect(history.historiquesDesStatuts?.histoStatut[0]?.histoStatutCommentaire).toContain('non conforme');
    expect((await chorus.invoiceHistory({ idFacture: silent })).statutCourantCode).toBe('MANDATEE');
  });
});
