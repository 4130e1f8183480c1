import type { Random } from './seeded-random';

/** Departments (code, name with its article): the State's services and councils are named after them. */
export const DEPARTMENTS = [
  ['01', 'de l’Ain'], ['02', 'de l’Aisne'], ['03', 'de l’Allier'], ['06', 'des Alpes-Maritimes'], ['13', 'des Bouches-du-Rhône'],
  ['14', 'du Calvados'], ['17', 'de la Charente-Maritime'], ['21', 'de la Côte-d’Or'], ['22', 'des Côtes-d’Armor'], ['25', 'du Doubs'],
  ['29', 'du Finistère'], ['31', 'de la Haute-Garonne'], ['33', 'de la Gironde'], ['34', 'de l’Hérault'], ['35', 'd’Ille-et-Vilaine'],
  ['37', 'd’Indre-et-Loire'], ['38', 'de l’Isère'], ['44', 'de la Loire-Atlantique'], ['45', 'du Loiret'], ['49', 'de Maine-et-Loire'],
  ['53', 'de la Mayenne'], ['56', 'du Morbihan'], ['59', 'du Nord'], ['62', 'du Pas-de-Calais'], ['63', 'du Puy-de-Dôme'],
  ['64', 'des Pyrénées-Atlantiques'], ['67', 'du Bas-Rhin'], ['69', 'du Rhône'], ['72', 'de la Sarthe'], ['74', 'de la Haute-Savoie'],
  ['75', 'de Paris'], ['76', 'de la Seine-Maritime'], ['79', 'des Deux-Sèvres'], ['80', 'de la Somme'], ['83', 'du Var'],
  ['85', 'de la Vendée'], ['86', 'de la Vienne'], ['87', 'de la Haute-Vienne'], ['971', 'de la Guadeloupe'], ['974', 'de La Réunion'],
] as const;

const ROOTS = [
  'Beaufort', 'Montigny', 'Châteauneuf', 'Villeneuve', 'Bourg', 'Fontaine', 'Mont', 'Champagné', 'Neuville', 'Rochefort',
  'Brissac', 'Saumur', 'Angers', 'Chalonnes', 'Doué', 'Longué', 'Segré', 'Baugé', 'Cholet', 'Trélazé', 'Écouflant', 'Érigné',
  'Avrillé', 'Les Ponts', 'La Flèche', 'Le Lude', 'Évron', 'Ernée', 'Pornic', 'Guérande', 'Clisson', 'Vertou', 'Vallet',
  'Ancenis', 'Nozay', 'Redon', 'Vitré', 'Fougères', 'Combourg', 'Dinan', 'Lamballe', 'Loudéac', 'Pontivy', 'Ploërmel',
  'Auray', 'Quimperlé', 'Concarneau', 'Landerneau', 'Morlaix', 'Carhaix', 'Orléans', 'Gien', 'Montargis', 'Pithiviers',
  'Amboise', 'Loches', 'Chinon', 'Bourgueil', 'Issoire', 'Thiers', 'Riom', 'Ambert', 'Orthez', 'Oloron', 'Mauléon', 'Hasparren',
  'Haguenau', 'Sélestat', 'Obernai', 'Molsheim', 'Annecy', 'Thônes', 'Cluses', 'Sallanches', 'Évian', 'Thonon', 'Rumilly',
  'Aubagne', 'Istres', 'Martigues', 'Salon', 'Gémenos', 'Lunel', 'Sète', 'Agde', 'Pézenas', 'Lodève', 'Ganges', 'Bédarieux',
  'Écully', 'Oullins', 'Tarare', 'Givors', 'Brignais', 'Villefranche', 'Bourgoin', 'Vienne', 'Voiron', 'Crémieu', 'Vizille',
  'Œuilly', 'Cœuvres', 'Laon', 'Soissons', 'Hirson', 'Guise', 'Chauny', 'Fère', 'Péronne', 'Albert', 'Doullens', 'Rue', 'Ham',
] as const;

const SAINTS = [
  'Martin', 'Germain', 'Laurent', 'Pierre', 'Jean', 'Étienne', 'André', 'Georges', 'Hilaire', 'Aubin', 'Rémy', 'Denis', 'Léger',
  'Maurice', 'Sulpice', 'Médard', 'Benoît', 'Éloi', 'Florent', 'Nazaire', 'Brieuc', 'Malo', 'Gildas', 'Herblain', 'Lô', 'Quentin',
] as const;
const SAINTES = ['Marie', 'Anne', 'Geneviève', 'Foy', 'Hélène', 'Luce', 'Gemmes', 'Radegonde', 'Cécile', 'Christine'] as const;

const SUFFIXES = [
  '-sur-Loire', '-en-Anjou', '-sur-Mer', '-le-Château', '-la-Forêt', '-sur-Sarthe', '-en-Vallée', '-les-Bains', '-de-Bretagne',
  '-sur-Seine', '-en-Champagne', '-le-Vieux', '-la-Rivière', '-sur-Vienne', '-d’Anjou', '-l’Abbaye', '-du-Lac', '-sous-Bois',
  '-en-Mauges', '-lès-Angers', '-l’Évêque', '-sur-Erdre', '-des-Champs', '-le-Grand', '-le-Petit',
] as const;

export interface Commune {
  name: string;
  postcode: string;
  department: (typeof DEPARTMENTS)[number];
}

/** A plausible commune name: a root, a saint's name, an article, a river or a region, as French towns are named. */
function communeName(random: Random): string {
  const roll = random.next();
  const base =
    roll < 0.18 ? `Saint-${random.pick(SAINTS)}` : roll < 0.24 ? `Sainte-${random.pick(SAINTES)}` : random.pick(ROOTS);
  if (base.includes(' ')) return random.chance(0.5) ? `${base}-de-Cé` : base;
  return random.chance(0.55) ? `${base}${random.pick(SUFFIXES)}` : base;
}

/** `count` distinct communes, each with a postcode in its department (5 digits, the leading zero kept). */
export function makeCommunes(random: Random, count: number): Commune[] {
  const seen = new Set<string>();
  const communes: Commune[] = [];
  let attempts = 0;
  while (communes.length < count && attempts < count * 50) {
    attempts++;
    let name = communeName(random);
    if (seen.has(name)) name = `${name}-${random.pick(['Est', 'Ouest', 'Nord', 'Sud', 'Centre', 'Village', 'Bourg', 'Vieux-Bourg'])}`;
    if (seen.has(name)) name = `${name} ${random.pick(ROOTS)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const department = random.pick(DEPARTMENTS);
    const postcode = department[0].length === 3 ? `${department[0]}${random.int(10, 99)}` : `${department[0]}${String(random.int(0, 99) * 10).padStart(3, '0')}`;
    communes.push({ name, postcode, department });
  }
  return communes;
}
