import type { Commune } from './french-places';
import type { Random } from './seeded-random';

/** The first digits of the SIREN by kind (communes 21…, CCAS 26…, the State 1…); a few start with 0. */
export interface StructureKind {
  weight: number;
  sirenPrefix: string;
  name(commune: Commune, random: Random): string;
  /** Typical services, code and label. */
  services: ReadonlyArray<readonly [string, string]>;
}

/** « de Beaufort », « d’Angers », « du Mans »: the French preposition before a town's name. */
export function ofTown(name: string): string {
  if (/^Le /.test(name)) return `du ${name.slice(3)}`;
  if (/^Les /.test(name)) return `des ${name.slice(4)}`;
  return /^[AEIOUYÉÈÊÂÎÔŒaeiouy]/.test(name) ? `d’${name}` : `de ${name}`;
}

const PEOPLE = ['Jean Moulin', 'Jules Ferry', 'Victor Hugo', 'Marie Curie', 'Simone Veil', 'Jean Jaurès', 'Louise Michel', 'Albert Camus', 'Pierre et Marie Curie', 'Joachim du Bellay', 'René Descartes', 'Olympe de Gouges', 'Jacques Prévert', 'Saint-Exupéry'];
const RESIDENCES = ['Les Tilleuls', 'Les Glycines', 'Le Clos Fleuri', 'Les Mimosas', 'La Roseraie', 'Les Hortensias', 'Le Val d’Authion', 'L’Orée du Bois', 'Les Jardins de l’Anjou', 'La Source'];
const SYNDICATES = ['des eaux', 'd’assainissement', 'de collecte des déchets', 'd’énergie', 'scolaire', 'de voirie', 'du bassin versant', 'de transport scolaire'];
const STATE = [
  ['Direction départementale des finances publiques', 'DDFIP'],
  ['Préfecture', 'PREF'],
  ['Direction départementale des territoires', 'DDT'],
  ['Direction départementale de l’emploi, du travail et des solidarités', 'DDETS'],
  ['Groupement de gendarmerie départementale', 'GGD'],
  ['Direction des services départementaux de l’éducation nationale', 'DSDEN'],
] as const;

const COMMON_SERVICES = [
  ['FIN', 'Service des finances'], ['DGS', 'Direction générale des services'], ['ST', 'Services techniques'],
  ['ECOLE', 'Affaires scolaires'], ['RESTAU', 'Restauration scolaire'], ['CULT', 'Service culturel'], ['URBA', 'Urbanisme'],
  ['SPORT', 'Service des sports'], ['ENFANCE', 'Petite enfance'], ['BIBLIO', 'Médiathèque'], ['CCAS', 'Action sociale'],
] as const;

export const STRUCTURE_KINDS: readonly StructureKind[] = [
  { weight: 24, sirenPrefix: '21', name: (c) => `Commune ${ofTown(c.name)}`, services: COMMON_SERVICES },
  { weight: 12, sirenPrefix: '26', name: (c) => `CCAS ${ofTown(c.name)}`, services: [['ADM', 'Administration'], ['AIDE', 'Aide à domicile'], ['PORTAGE', 'Portage de repas']] },
  { weight: 8, sirenPrefix: '26', name: (c, r) => `EHPAD ${r.pick(RESIDENCES)} ${c.name}`, services: [['ECO', 'Économat'], ['CUIS', 'Cuisine'], ['SOINS', 'Pôle soins']] },
  { weight: 10, sirenPrefix: '19', name: (c, r) => `Collège ${r.pick(PEOPLE)} ${c.name}`, services: [['INT', 'Intendance'], ['CDI', 'Centre de documentation'], ['RESTAU', 'Demi-pension']] },
  { weight: 7, sirenPrefix: '19', name: (c, r) => `Lycée ${r.pick(['', 'professionnel ', 'agricole '])}${r.pick(PEOPLE)} ${c.name}`, services: [['INT', 'Intendance'], ['ATEL', 'Ateliers'], ['GRETA', 'Formation continue']] },
  { weight: 10, sirenPrefix: '21', name: (c, r) => `École ${r.pick(['élémentaire', 'maternelle', 'primaire'])} publique ${r.pick(PEOPLE)} ${c.name}`, services: [] },
  { weight: 9, sirenPrefix: '25', name: (c, r) => `Syndicat intercommunal ${r.pick(SYNDICATES)} ${ofTown(c.name)}`, services: [['ADM', 'Administration générale'], ['EXPL', 'Exploitation']] },
  { weight: 4, sirenPrefix: '26', name: (c) => `Centre hospitalier ${ofTown(c.name)}`, services: [['ACHAT', 'Direction des achats'], ['PHARMA', 'Pharmacie'], ['BIO', 'Biomédical'], ['RESTAU', 'Restauration'], ['TECH', 'Services techniques']] },
  { weight: 5, sirenPrefix: '20', name: (c) => `Communauté de communes ${c.name}`, services: [['FIN', 'Finances'], ['DECHETS', 'Gestion des déchets'], ['EAU', 'Eau et assainissement'], ['TOUR', 'Office de tourisme']] },
  { weight: 5, sirenPrefix: '11', name: (c, r) => { const [label] = r.pick(STATE); return `${label} ${c.department[1]}`; }, services: [['SG', 'Secrétariat général'], ['LOG', 'Logistique'], ['IMMO', 'Immobilier'], ['INFO', 'Informatique']] },
  { weight: 3, sirenPrefix: '07', name: (c, r) => `${r.pick(['Office public de l’habitat', 'Service départemental d’incendie et de secours', 'Conseil départemental'])} ${c.department[1]}`, services: [['ACHAT', 'Commande publique'], ['BAT', 'Bâtiments']] },
  { weight: 3, sirenPrefix: '18', name: (c, r) => `${r.pick(['Caisse des écoles', 'Régie des transports', 'Établissement public foncier', 'Office de tourisme'])} ${ofTown(c.name)}`, services: [['ADM', 'Administration']] },
];
