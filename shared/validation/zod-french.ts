import { z } from 'zod';

/** Makes zod's built-in messages French, in main and in the renderer alike. Idempotent. */
export function installFrenchValidationMessages(): void {
  z.config(z.locales.fr());
}

/** A user-facing message for the first problem of a failed parse, with the field it concerns. */
export function firstIssue(error: z.ZodError): { message: string; field?: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'Données invalides.' };
  const field = issue.path.map(String).join('.');
  return field === '' ? { message: issue.message } : { message: issue.message, field };
}
