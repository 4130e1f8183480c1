import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { InvoiceDocument } from '@shared/invoicing/invoice-document';
import { frenchSpacing } from '@shared/money/french-typography';
import { installFrenchValidationMessages } from '@shared/validation/zod-french';
import { CliInputError, fr } from './cli-io';

/** One line per schema problem: « lines.2.quantity : La quantité doit être un nombre… ». */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    // zod's own French messages put a plain space before « : »; ours already follow frenchSpacing.
    return `${path === '' ? '(document)' : path}\u00a0: ${frenchSpacing(issue.message)}`;
  });
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'ce fichier n’existe pas' : code === 'EISDIR' ? 'c’est un dossier' : code === 'EACCES' ? 'accès refusé' : (error as Error).message;
    throw new CliInputError(fr`Impossible de lire « ${path} » : ${reason}.`);
  }
}

/**
 * Reads an InvoiceDocument JSON file and validates it with the same zod schema as the application, so
 * the command line refuses exactly what the editor would; every problem names its field.
 */
export function readInvoiceFile(path: string): InvoiceDocument {
  const text = readText(path).replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliInputError(fr`« ${path} » n'est pas un fichier JSON valide (${(error as Error).message}).`);
  }
  installFrenchValidationMessages();
  const parsed = InvoiceDocument.safeParse(json);
  if (!parsed.success) {
    const lines = describeIssues(parsed.error.issues);
    throw new CliInputError(fr`« ${path} » n'est pas une facture valide :\n${lines.map((line) => `  ${line}`).join('\n')}`);
  }
  return parsed.data;
}
