import { resolve } from 'node:path';

/** `@shared/…` is the pure shared code, wherever it is imported from (tsconfig.base.json says the same to TypeScript). */
export const sharedAlias = { '@shared': resolve(__dirname, 'shared') };
