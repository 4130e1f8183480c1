import { DEMO_SUPPLIER, SEED_BUYERS, type SeedService, type SeedStructure } from './seed-data';
import type { LifeName, LifeStep } from './status-lives';

export interface SimService extends SeedService {
  idService: number;
}

export interface SimStructure extends Omit<SeedStructure, 'services' | 'life'> {
  idStructureCPP: number;
  isPublic: boolean;
  services: SimService[];
  life: LifeName | LifeStep[];
  bankAccounts: Array<{ idCoordonneeBancaire: number; nomCoordonneeBancaire: string }>;
}

/** The structures the simulator knows: the supplier (id 25000001) and the public buyers (26000001…). */
export function createSimulatorDirectory(supplier: { siret: string; name: string } = DEMO_SUPPLIER) {
  const structures = new Map<number, SimStructure>();
  let nextBuyerId = 26_000_001;
  let nextServiceId = 27_000_001;

  const supplierStructure: SimStructure = {
    idStructureCPP: 25_000_001,
    siret: supplier.siret,
    name: supplier.name,
    address: '12 rue de la Roquette',
    postcode: '75011',
    city: 'Paris',
    codeServiceDoitEtreRenseigne: false,
    numeroEJDoitEtreRenseigne: false,
    gestionNumeroEJOuCodeService: false,
    statutMiseEnPaiementNestPasRemonte: false,
    isPublic: false,
    services: [],
    life: 'paid',
    bankAccounts: [{ idCoordonneeBancaire: 28_000_001, nomCoordonneeBancaire: 'Compte principal' }],
  };
  structures.set(supplierStructure.idStructureCPP, supplierStructure);

  const directory = {
    supplier: supplierStructure,
    addBuyer(seed: SeedStructure): SimStructure {
      const structure: SimStructure = {
        ...seed,
        idStructureCPP: nextBuyerId++,
        isPublic: true,
        services: seed.services.map((service) => ({ ...service, idService: nextServiceId++ })),
        bankAccounts: [],
      };
      structures.set(structure.idStructureCPP, structure);
      return structure;
    },
    byId(id: number): SimStructure | undefined {
      return structures.get(id);
    },
    bySiret(siret: string): SimStructure | undefined {
      return [...structures.values()].find((structure) => structure.siret === siret);
    },
    publicBuyers(): SimStructure[] {
      return [...structures.values()].filter((structure) => structure.isPublic);
    },
    /** `structures/v1/rechercher`: every given criterion must match (name and town by substring, any case). */
    search(criteria: { identifiantStructure?: string; raisonSocialeStructure?: string; adresseCodePostal?: string; adresseVille?: string }, onlyPublic: boolean): SimStructure[] {
      const contains = (value: string, part: string | undefined) => !part || value.toLocaleLowerCase('fr').includes(part.toLocaleLowerCase('fr'));
      return [...structures.values()].filter(
        (s) =>
          (!onlyPublic || s.isPublic) &&
          (!criteria.identifiantStructure || s.siret === criteria.identifiantStructure) &&
          contains(s.name, criteria.raisonSocialeStructure) &&
          (!criteria.adresseCodePostal || s.postcode === criteria.adresseCodePostal) &&
          contains(s.city, criteria.adresseVille),
      );
    },
  };
  for (const seed of SEED_BUYERS) directory.addBuyer(seed);
  return directory;
}

export type SimulatorDirectory = ReturnType<typeof createSimulatorDirectory>;
