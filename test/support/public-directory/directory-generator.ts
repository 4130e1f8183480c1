import { luhnCheckDigit } from '@shared/identifiers/luhn';
import { makeCommunes, type Commune } from './french-places';
import { seededRandom, type Random } from './seeded-random';
import { STRUCTURE_KINDS, type StructureKind } from './structure-kinds';

/** One row of a directory file: a structure and one of its services (empty when it has none). */
export interface DirectoryRow {
  siret: string;
  name: string;
  address: string;
  postcode: string;
  city: string;
  serviceCode: string;
  serviceLabel: string;
  serviceActive: boolean;
  serviceCodeRequired: boolean;
  engagementRequired: boolean;
  ejOrServiceRequired: boolean;
  paymentStatusReported: boolean;
}

export interface DirectoryShape {
  seed: number;
  structures: number;
  /** Services in all; structures without one appear once with empty service columns. */
  services: number;
  /** Rows written first, as given (the structures the relevance tests look for). */
  extraRows?: readonly DirectoryRow[];
}

const STREETS = ['place de la Mairie', 'rue de la République', 'avenue Jean Jaurès', 'rue du Général de Gaulle', 'place de l’Église', 'boulevard Foch', 'rue des Écoles', 'chemin des Vignes', 'rue Pasteur', 'allée des Tilleuls'];

/** A valid SIRET: 8 digits + key make the SIREN, then a 4-digit establishment number + key. */
export function makeSiret(sirenBody8: string, establishment: number): string {
  const siren = `${sirenBody8}${luhnCheckDigit(sirenBody8)}`;
  const nic4 = String(establishment).padStart(4, '0');
  return `${siren}${nic4}${luhnCheckDigit(`${siren}${nic4}`)}`;
}

function pickKind(random: Random): StructureKind {
  const total = STRUCTURE_KINDS.reduce((sum, kind) => sum + kind.weight, 0);
  let roll = random.next() * total;
  for (const kind of STRUCTURE_KINDS) {
    roll -= kind.weight;
    if (roll < 0) return kind;
  }
  return STRUCTURE_KINDS[0] as StructureKind;
}

/** How many services each structure gets: a third none, most one to three, a few very many (up to 200). */
function serviceCounts(random: Random, structures: number, services: number): number[] {
  const counts = Array.from({ length: structures }, () => (random.chance(0.33) ? 0 : random.int(1, 3)));
  let sum = counts.reduce((a, b) => a + b, 0);
  while (sum < services) {
    const i = random.int(0, structures - 1);
    const add = Math.min(services - sum, random.chance(0.02) ? random.int(20, 200) : 1);
    counts[i] = (counts[i] as number) + add;
    sum += add;
  }
  while (sum > services) {
    const i = random.int(0, structures - 1);
    if ((counts[i] as number) > 0) {
      counts[i] = (counts[i] as number) - 1;
      sum--;
    }
  }
  return counts;
}

/**
 * A realistic directory of public structures, as rows (one per service), generated lazily so 450,000 rows
 * never sit in memory at once. Same seed, same rows.
 */
export function* generateDirectoryRows(shape: DirectoryShape): Generator<DirectoryRow> {
  const random = seededRandom(shape.seed);
  const communes = makeCommunes(random, Math.max(50, Math.min(12_000, Math.ceil(shape.structures / 10))));
  const counts = serviceCounts(random, shape.structures, shape.services);
  yield* shape.extraRows ?? [];
  let sirenSeq = 0;
  let establishments = 0;
  let sirenBody = '';
  for (let i = 0; i < shape.structures; i++) {
    const kind = pickKind(random);
    const commune = random.pick(communes) as Commune;
    // A SIREN with several establishments (a ministry's services, a hospital's sites) now and then.
    if (establishments === 0 || !random.chance(0.12)) {
      sirenSeq++;
      establishments = 0;
      sirenBody = `${kind.sirenPrefix}${String(sirenSeq).padStart(6, '0')}`;
    }
    establishments++;
    const siret = makeSiret(sirenBody, establishments);
    const flags = {
      serviceCodeRequired: random.chance(0.2),
      engagementRequired: random.chance(0.15),
      ejOrServiceRequired: random.chance(0.1),
      paymentStatusReported: random.chance(0.5),
    };
    const base = {
      siret,
      name: kind.name(commune, random),
      address: `${random.int(1, 120)} ${random.pick(STREETS)}`,
      postcode: commune.postcode,
      city: commune.name,
      ...flags,
    };
    const count = counts[i] as number;
    if (count === 0) yield { ...base, serviceCode: '', serviceLabel: '', serviceActive: false };
    for (let s = 0; s < count; s++) {
      const [code, label] = kind.services[s] ?? kind.services[s % Math.max(1, kind.services.length)] ?? ['SERV', 'Service'];
      const isFirstRound = s < Math.max(1, kind.services.length);
      yield {
        ...base,
        serviceCode: isFirstRound ? code : `${code}-${String(s).padStart(3, '0')}`,
        serviceLabel: isFirstRound ? label : `${label} ${s}`,
        serviceActive: random.chance(0.9),
      };
    }
  }
}
