import { migration0001 } from './0001-company-profile';
import { migration0002 } from './0002-settings';
import { migration0003 } from './0003-company-details';
import { migration0004 } from './0004-invoicing';
import { migration0005 } from './0005-invoice-files';
import { migration0006 } from './0006-open-balance-sums';
import { migration0014 } from './0014-sending';
import { migration0015 } from './0015-customer-structures';
import type { Migration } from './migration';

/** Every migration, in order. Append only. */
export const migrations: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0014, migration0015];

export const latestVersion = migrations.length;
