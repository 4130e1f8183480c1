import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every module specifier a file imports, statically, dynamically or with require. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const pattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...text.matchAll(pattern)].map((m) => (m[1] ?? m[2] ?? m[3]) as string);
}

/** The project folder a relative or `@shared/` import lands in ("main/electron/x", "shared/ipc/y"), or null for packages. */
function target(file: string, specifier: string): string | null {
  if (specifier.startsWith('@shared/')) return `shared/${specifier.slice('@shared/'.length)}`;
  if (!specifier.startsWith('.')) return null;
  return relative(root, resolve(root, dirname(file), specifier)).split(sep).join('/');
}

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const isNodeBuiltin = (s: string) => s.startsWith('node:') || nodeBuiltins.has(s.split('/')[0] as string);

function violations(files: string[], rule: (file: string, specifier: string) => string | null): string[] {
  return files.flatMap((file) => importsOf(file).map((s) => rule(file, s)).filter((v): v is string => v !== null));
}

describe('arrows point down', () => {
  it('finds the files it checks (the scan itself works)', () => {
    expect(sourceFiles('shared').length).toBeGreaterThan(3);
    expect(importsOf('main/electron/main.ts')).toContain('electron');
  });

  it('shared/ imports no electron, node built-in, react, better-sqlite3, main/ or renderer/', () => {
    const found = violations(sourceFiles('shared'), (file, s) => {
      const to = target(file, s);
      if (to && !to.startsWith('shared/')) return `${file} -> ${s}`;
      if (s === 'electron' || isNodeBuiltin(s) || s === 'react' || s.startsWith('react-') || s.startsWith('react/') || s === 'better-sqlite3') return `${file} -> ${s}`;
      return null;
    });
    expect(found).toEqual([]);
  });

  it('renderer/ imports only itself, shared/ and browser packages', () => {
    const found = violations(sourceFiles('renderer'), (file, s) => {
      const to = target(file, s);
      if (to && !to.startsWith('renderer/') && !to.startsWith('shared/')) return `${file} -> ${s}`;
      if (s === 'electron' || isNodeBuiltin(s) || s === 'better-sqlite3') return `${file} -> ${s}`;
      return null;
    });
    expect(found).toEqual([]);
  });

  it('only main/electron/ imports electron, and nothing imports main/electron/', () => {
    const files = [...sourceFiles('main'), ...sourceFiles('shared'), ...sourceFiles('renderer'), ...sourceFiles('scripts')];
    const found = violations(files, (file, s) => {
      const inShell = file.startsWith('main/electron/');
      if (s === 'electron' && !inShell) return `${file} -> electron`;
      const to = target(file, s);
      if (to?.startsWith('main/electron/') && !inShell) return `${file} -> ${s}`;
      return null;
    });
    expect(found).toEqual([]);
  });

  it('main/ never imports the renderer', () => {
    const found = violations(sourceFiles('main'), (file, s) => (target(file, s)?.startsWith('renderer/') ? `${file} -> ${s}` : null));
    expect(found).toEqual([]);
  });
});
