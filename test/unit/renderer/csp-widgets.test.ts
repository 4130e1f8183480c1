import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');

/** Every id under which react-aria inserts an inline <style> element (refused by our CSP). */
function injectedStyleIds(): string[] {
  const dist = join(root, 'node_modules/react-aria/dist');
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.mjs'));
  const ids = new Set<string>();
  for (const file of files) {
    const text = readFileSync(join(file.parentPath, file.name), 'utf8');
    if (!text.includes("createElement('style')")) continue;
    for (const match of text.matchAll(/STYLE_ID = '([^']+)'/g)) ids.add(match[1] as string);
  }
  return [...ids];
}

describe('react-aria widgets under the strict CSP', () => {
  it('the page already holds every element react-aria would create as an inline style', () => {
    const ids = injectedStyleIds();
    // The scan must find usePress's style: if react-aria renames it, this test must be looked at again.
    expect(ids).toContain('react-aria-pressable-style');
    const page = readFileSync(join(root, 'renderer/index.html'), 'utf8');
    for (const id of ids) expect(page).toContain(`id="${id}"`);
  });
});
