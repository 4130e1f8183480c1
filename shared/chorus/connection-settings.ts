import { z } from 'zod';

export const ChorusEnvironmentSchema = z.enum(['qualification', 'production', 'demonstration']);
export type ChorusEnvironment = z.infer<typeof ChorusEnvironmentSchema>;

const optionalSecret = (label: string) =>
  z
    .string()
    .max(500, { error: `${label} est trop long.` })
    .optional()
    .transform((value) => (value === undefined || value === '' ? undefined : value));

/**
 * What the user types in Réglages › Chorus Pro. An empty secret field means "keep the one already saved",
 * because saved secrets are never sent back to the screen.
 */
export const ChorusConnectionInputSchema = z.object({
  environment: ChorusEnvironmentSchema,
  pisteClientId: z.string().trim().max(200, { error: 'L’identifiant client PISTE est trop long.' }),
  pisteClientSecret: optionalSecret('Le secret client PISTE'),
  technicalLogin: z
    .string()
    .trim()
    .max(200, { error: 'L’identifiant du compte technique est trop long.' })
    .refine((value) => value === '' || /^\S+@\S+$/.test(value), {
      error: 'L’identifiant du compte technique a la forme TECH_1_…@cpro.fr.',
    }),
  technicalPassword: optionalSecret('Le mot de passe du compte technique'),
});
export type ChorusConnectionInput = z.input<typeof ChorusConnectionInputSchema>;

/** What the screen may know: identifiers, and only whether each secret is saved. */
export const ChorusConnectionViewSchema = z.object({
  environment: ChorusEnvironmentSchema,
  pisteClientId: z.string(),
  technicalLogin: z.string(),
  hasPisteClientSecret: z.boolean(),
  hasTechnicalPassword: z.boolean(),
  /** The day the technical password was saved (YYYY-MM-DD): the 424-day renewal counts from it. */
  technicalPasswordSavedOn: z.string().nullable(),
  secretStorage: z.enum(['os-keychain', 'encrypted-file']),
  /** Automatic sending through the API is not built yet: the screen says so plainly. */
  isApiSendingAvailable: z.literal(false),
});
export type ChorusConnectionView = z.infer<typeof ChorusConnectionViewSchema>;

export const ForgetSecretsInputSchema = z.object({
  secrets: z.array(z.enum(['pisteClientSecret', 'technicalPassword'])).min(1),
});
