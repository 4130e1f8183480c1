import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TinyFilesystem {
  path: string;
  remountReadOnly(): void;
  remountWritable(): void;
  unmount(): void;
}

const run = (args: string[]) => spawnSync(args[0] as string, args.slice(1), { encoding: 'utf8' });

/**
 * A real, tiny filesystem (tmpfs of `sizeKb`) to meet a full disk or a read-only folder as the app
 * would: ENOSPC and EROFS come from the kernel, not from a mock. Needs root and mount rights (CI and
 * these machines run as root); returns the reason as a string when mounting is not possible here.
 */
export function mountTinyFilesystem(sizeKb: number): TinyFilesystem | string {
  const path = mkdtempSync(join(tmpdir(), 'facturier-tmpfs-'));
  const mounted = run(['mount', '-t', 'tmpfs', '-o', `size=${sizeKb}k,mode=0700`, 'tmpfs', path]);
  if (mounted.status !== 0) {
    rmSync(path, { recursive: true, force: true });
    return `cannot mount a tmpfs here (${(mounted.stderr || mounted.error?.message || 'unknown').trim()})`;
  }
  const remount = (options: string) => {
    const result = run(['mount', '-o', `remount,${options}`, path]);
    if (result.status !== 0) throw new Error(`remount ${options} failed: ${result.stderr}`);
  };
  return {
    path,
    remountReadOnly: () => remount('ro'),
    remountWritable: () => remount('rw'),
    unmount() {
      run(['umount', '-l', path]);
      rmSync(path, { recursive: true, force: true });
    },
  };
}
