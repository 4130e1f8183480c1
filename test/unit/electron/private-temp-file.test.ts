import { lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPrivateTempFolder } from '../../../main/services/desktop/private-temp-folder';
import { makeTempDir } from '../../support/temp-dir';

/**
 * « Ouvrir le PDF » hands a copy to the user's viewer. The copy goes into a folder only this user can
 * enter, made fresh with an unpredictable name: never a fixed shared path another user could prepare
 * (a symbolic link to one of the victim's files, or a folder they can read).
 */
describe.skipIf(process.platform === 'win32')('the private temporary folder for opened files', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).reverse().forEach((cleanup) => cleanup()));
  const base = () => {
    const dir = makeTempDir('facturier-tmp-base-');
    cleanups.push(dir.remove);
    return dir.path;
  };

  it('is a fresh folder 0700 with an unpredictable name, and files in it are 0600', () => {
    const tmp = base();
    const first = createPrivateTempFolder(tmp);
    const second = createPrivateTempFolder(tmp);
    cleanups.push(first.remove, second.remove);
    expect(first.path).not.toBe(second.path);
    expect(dirname(first.path)).toBe(tmp);
    expect(basename(first.path)).toMatch(/^facturier-[A-Za-z0-9]{6}$/);
    expect(statSync(first.path).mode & 0o777).toBe(0o700);
    const written = first.write('F-2026-0001.pdf', Buffer.from('%PDF-1.7'));
    expect(written).toBe(join(first.path, 'F-2026-0001.pdf'));
    expect(statSync(written).mode & 0o777).toBe(0o600);
    expect(readFileSync(written, 'utf8')).toBe('%PDF-1.7');
  });

  it('keeps a file name inside the folder, whatever it contains', () => {
    const folder = createPrivateTempFolder(base());
    cleanups.push(folder.remove);
    for (const name of ['../../evasion.pdf', '/etc/passwd', 'a\\..\\b.pdf', '..', '', 'nul\0.pdf']) {
      const written = folder.write(name, Buffer.from('x'));
      expect(dirname(written), JSON.stringify(name)).toBe(folder.path);
    }
  });

  it('never writes through a symbolic link found at the name: it replaces the link', () => {
    const tmp = base();
    const victim = join(tmp, 'fichier-de-la-victime.txt');
    writeFileSync(victim, 'intact');
    const folder = createPrivateTempFolder(tmp);
    cleanups.push(folder.remove);
    symlinkSync(victim, join(folder.path, 'F-2026-0002.pdf'));
    const written = folder.write('F-2026-0002.pdf', Buffer.from('%PDF'));
    expect(readFileSync(victim, 'utf8')).toBe('intact');
    expect(lstatSync(written).isSymbolicLink()).toBe(false);
    expect(readFileSync(written, 'utf8')).toBe('%PDF');
  });

  it('writes the same name twice (the user opens the PDF again)', () => {
    const folder = createPrivateTempFolder(base());
    cleanups.push(folder.remove);
    folder.write('F.pdf', Buffer.from('1'));
    expect(readFileSync(folder.write('F.pdf', Buffer.from('2')), 'utf8')).toBe('2');
  });
});
