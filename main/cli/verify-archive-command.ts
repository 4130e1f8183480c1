import { existsSync, statSync } from 'node:fs';
import { frenchSpacing } from '@shared/money/french-typography';
import { verifyArchive } from '../services/exports/archive-manifest';
import { CliInputError, EXIT_FINDINGS, EXIT_OK, fr, type CliIo } from './cli-io';

/**
 * `facturier verify-archive <archive.zip>`: checks every file of an archive made by Facturier against its
 * manifest (SHA-256 and size), and that nothing was added or removed. Exit 0 intact, 1 altered, 2 unusable
 * command line or missing file.
 */
export async function runVerifyArchive(zipPath: string, io: CliIo, json: boolean): Promise<number> {
  if (!existsSync(zipPath) || !statSync(zipPath).isFile()) throw new CliInputError(fr`Fichier introuvable : ${zipPath}.`);
  const check = await verifyArchive(zipPath);
  if (json) {
    io.stdout(`${JSON.stringify({ isIntact: check.isIntact, checkedFiles: check.checkedFiles, problems: check.problems, chainHead: check.manifest?.chainHead ?? null }, null, 2)}\n`);
    return check.isIntact ? EXIT_OK : EXIT_FINDINGS;
  }
  const m = check.manifest;
  if (check.isIntact && m) {
    io.stdout(
      `${frenchSpacing(`Archive intacte : ${check.checkedFiles} fichiers vérifiés (${m.pieces} pièces émises), faite le ${m.createdAt.slice(0, 10).split('-').reverse().join('/')} par Facturier ${m.appVersion} pour `)}${m.company.name} (SIRET ${m.company.siret}).\n` +
        `${frenchSpacing('Tête de chaîne du journal : ')}${m.chainHead}\n`,
    );
    return EXIT_OK;
  }
  io.stdout(`${frenchSpacing(`Archive altérée ou incomplète (${check.problems.length} problème${check.problems.length > 1 ? 's' : ''}) :`)}\n${check.problems.map((p) => `  - ${frenchSpacing(p)}`).join('\n')}\n`);
  return EXIT_FINDINGS;
}
