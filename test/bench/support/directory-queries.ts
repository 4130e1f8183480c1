import { generateDirectoryRows } from '../../support/public-directory/directory-generator';
import { NAMED_STRUCTURES } from '../../support/public-directory/directory-files';
import { seededRandom } from '../../support/public-directory/seeded-random';

/** The directory of the benchmark: the size of Chorus Pro's (150,000 structures, 300,000 services). */
export const DIRECTORY_SHAPE = { seed: 2026, structures: 150_000, services: 300_000, extraRows: NAMED_STRUCTURES };

const SHAPE = DIRECTORY_SHAPE;

/** 1,000 queries as people type them: 1–3 words of 2+ letters (kinds, towns, people), and identifiers. */
export function realisticQueries(): string[] {
  const random = seededRandom(99);
  const rows = [...generateDirectoryRows({ ...SHAPE, structures: 3_000, services: 0 })];
  const prefix = (word: string) => word.slice(0, random.int(Math.min(2, word.length), word.length));
  const wordsOf = (name: string) => name.split(/[\s\-’']+/).filter((w) => w.length >= 2 && !/^(de|du|des|la|le|les|en|sur)$/i.test(w));
  const queries: string[] = [];
  while (queries.length < 1_000) {
    const row = random.pick(rows);
    const words = wordsOf(row.name);
    const roll = random.next();
    if (roll < 0.15) {
      const digits = random.pick([14, 9, random.int(6, 12)]);
      queries.push(row.siret.slice(0, digits));
    } else if (roll < 0.55) {
      queries.push(prefix(random.pick(words)));
    } else if (roll < 0.85) {
      queries.push(`${(words[0] as string).toLowerCase()} ${prefix(words[words.length - 1] as string)}`);
    } else {
      queries.push(`${(words[0] as string).toLowerCase()} ${random.pick(words)} ${prefix(row.city.split(/[\s-]/)[0] as string)}`);
    }
  }
  return queries;
}

