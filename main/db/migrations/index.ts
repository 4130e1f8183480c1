import { migration0001 } from './0001-company-profile';
import type { Migration } from './migration';

/** Every migration, in order. Append only. */
export const migrations: readonly Migration[] = [migration0001];

export const latestVersion = migrations.length;
