import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../main/app/create-core';
import { createCore } from '../../../main/app/create-core';
import { fixedClock } from '../../../main/services/clock';
import { TEST_NOW } from '../../support/test-core';
import { valueOf } from '../../support/invoicing-setup';
import { makeTempDir } from '../../support/temp-dir';
import { writeGeneratedDirectory } from '../../support/public-directory/directory-files';
import { importThroughCore } from '../../support/public-directory/import-through-core';

// One directory for the whole file: the named structures among 20,000 generated ones (many Beaufort-*,
// CCAS, Saint-*), so a right answer has real competition.
const files = makeTempDir('facturier-directory-search-');
let core: Core;
beforeAll(async () => {
  core = createCore({ dataDir: files.path, transport: 'browser', validateOutput: true, clock: fixedClock(TEST_NOW) });
  const path = await writeGeneratedDirectory(files.path, 'csv-semicolon-utf8', { seed: 21, structures: 20_000, services: 40_000 });
  expect((await importThroughCore(core, path)).last.state).toBe('done');
}, 180_000);
afterAll(() => {
  core.close();
  files.remove();
});

const search = async (text: string, limit = 10) => valueOf(await core.invoke('directory:search', { text, limit })).hits;
const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const names = async (text: string, limit = 10) => (await search(text, limit)).map((hit) => hit.name);

describe('searching the directory as the user types', () => {
  it.each([
    ['ccas beaufort', 'CCAS de Beaufort'],
    ['CCAS de Beaufort', 'CCAS de Beaufort'],
    ['ecole jules ferry', 'École élémentaire publique Jules Ferry'],
    ['ÉCOLE JULES', 'École élémentaire publique Jules Ferry'],
    ['st herblain', 'Commune de Saint-Herblain'],
    ['saint-herblain', 'Commune de Saint-Herblain'],
    ['mairie st herbl', 'Commune de Saint-Herblain'],
    ["syndicat eaux l'anjou", 'Syndicat des eaux de l’Anjou'],
    ['eaux de l’anjou', 'Syndicat des eaux de l’Anjou'],
    ['hopital cholet', 'Centre hospitalier de Cholet'],
  ])('« %s » finds « %s » first', async (text, expected) => {
    expect((await names(text))[0]).toBe(expected);
  });

  it.each(['beaufort anjou', 'Beaufort-en-Anjou', 'beaufort-en-anjou'])('« %s » finds Beaufort-en-Anjou’s structures, the commune among the first', async (text) => {
    const found = await names(text, 5);
    // The generated directory has its own Beaufort-en-Anjou too: every hit must be one of them.
    for (const name of found) expect(name).toMatch(/Beaufort-en-Anjou/);
    expect(found).toContain('Commune de Beaufort-en-Anjou');
  });

  it('finds as the user types, from the second letter of each word', async () => {
    for (const typed of ['cc', 'ccas', 'ccas b', 'ccas be', 'ccas beau', 'ccas beaufort']) {
      const hits = await search(typed, 20);
      expect(hits.length, typed).toBeGreaterThan(0);
      for (const hit of hits) expect(hit.name.toLowerCase(), typed).toContain('ccas');
    }
    expect((await names('ccas beaufort'))[0]).toBe('CCAS de Beaufort');
    expect(await search('c')).toEqual([]);
  });

  it('« école » is found by « ecole », « Ecole » and « ÉCOLE », and all words must match', async () => {
    for (const typed of ['ecole', 'Ecole', 'ÉCOLE', 'école']) {
      const hits = await names(typed, 20);
      expect(hits.length, typed).toBe(20);
      // « Caisse des écoles » too: « ecole » is typed as the start of a word.
      for (const name of hits) expect(plain(name), typed).toMatch(/\becole/);
    }
    for (const name of await names('ecole maternelle', 20)) expect(name).toMatch(/^École maternelle/);
  });

  it('« st » finds the Saint-… and Sainte-… names, as « saint » does', async () => {
    const withSt = await names('st martin', 20);
    expect(withSt.length).toBeGreaterThan(5);
    for (const name of withSt) expect(name).toMatch(/Saint-Martin|Sainte?-|St/);
    expect(await names('saint martin', 5)).toEqual(expect.arrayContaining([expect.stringMatching(/Saint-Martin/)]));
  });

  it('a SIRET, a SIREN or their first digits go to the identifier, spaces allowed', async () => {
    expect((await search('21490021900012'))[0]).toMatchObject({ name: 'Commune de Beaufort-en-Anjou', matchedOn: 'identifier' });
    expect((await search('214 900 219 00012'))[0]?.siret).toBe('21490021900012');
    expect((await search('214900219')).map((hit) => hit.siret)).toEqual(['21490021900012']);
    expect((await search('2649002')).map((hit) => hit.siret)).toEqual(['26490021800019']);
    // A SIRET that lost its leading zero in a spreadsheet is still found by what the user sees.
    expect((await search('024900151'))[0]?.name).toBe('Syndicat des eaux de l’Anjou');
  });

  it('ranks the name before the town and postcode, and those before the services', async () => {
    const hits = await search('beaufort', 50);
    const order = hits.map((hit) => hit.matchedOn);
    expect(order[0]).toBe('name');
    expect(order.indexOf('name')).toBeLessThan(order.lastIndexOf('place') === -1 ? Infinity : order.lastIndexOf('place'));
    const byTown = await search('ccas 49250', 10);
    expect(byTown.map((hit) => hit.name)).toContain('CCAS de Beaufort');
    expect(byTown.find((hit) => hit.name === 'CCAS de Beaufort')?.matchedOn).toBe('place');
    const byService = await search('pharmacie centrale');
    expect(byService[0]).toMatchObject({ name: 'Centre hospitalier de Cholet', matchedOn: 'services' });
  });

  it('says how the user will find the buyer’s rules: active services counted, flags given', async () => {
    expect((await search('ccas beaufort'))[0]).toMatchObject({ siret: '26490021800019', activeServices: 1, serviceCodeRequired: true, engagementRequired: false });
  });
});
