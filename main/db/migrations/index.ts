import { migration0001 } from './0001-company-profile';
import { migration0002 } from './0002-settings';
import { migration0003 } from './0003-company-details';
import { migration0004 } from './0004-invoicing';
import { migration0005 } from './0005-invoice-files';
import { migration0006 } from './0006-open-balance-sums';
import { migration0007 } from './0007-record-triggers';
import { migration0008 } from './0008-sealed-journal';
import { migration0009 } from './0009-sending';
import { migration0010 } from './0010-customer-structures';
import { migration0011 } from './0011-portal-pdf';
import { migration0012 } from './0012-document-type-code';
import type { Migration } from './migration';

/** Every migration, in order. Append only. */
export const migrations: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
];

export const latestVersion = migrations.length;
