import { z } from 'zod';

/** `demonstration`: the Chorus Pro simulator built into Facturier, to try everything without an account. */
export const ChorusEnvironmentSchema = z.enum(['qualification', 'production', 'demonstration']);
export type ChorusEnvironment = z.infer<typeof ChorusEnvironmentSchema>;

/** The environments that need the user's own PISTE application and technical account. */
export const AccountEnvironmentSchema = z.enum(['qualification', 'production']);
export type AccountEnvironment = z.infer<typeof AccountEnvironmentSchema>;

const optionalSecret = (label: string) =>
  z
    .string()
    .max(500, { error: `${label} est trop long.` })
    .optional()
    .transform((value) => (value === undefined || value === '' ? undefined : value));

/**
 * What the user types in Réglages › Chorus Pro, for the chosen environment. An empty secret field means
 * "keep the one already saved", because saved secrets are never sent back to the screen. For the
 * démonstration environment only the choice is saved: it needs no identifiers.
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

/** One environment's identifiers, and only whether each secret is saved. */
export const ChorusAccountViewSchema = z.object({
  pisteClientId: z.string(),
  technicalLogin: z.string(),
  hasPisteClientSecret: z.boolean(),
  hasTechnicalPassword: z.boolean(),
  /** The day the technical password was saved (YYYY-MM-DD): the 424-day renewal counts from it. */
  technicalPasswordSavedOn: z.string().nullable(),
  /** The expiry Chorus Pro reported for this password (connection test), when it did: it wins over the count. */
  technicalPasswordExpiresOn: z.string().nullable(),
});
export type ChorusAccountView = z.infer<typeof ChorusAccountViewSchema>;

/** What the screen may know. The top-level account fields are those of the chosen environment. */
export const ChorusConnectionViewSchema = ChorusAccountViewSchema.extend({
  environment: ChorusEnvironmentSchema,
  accounts: z.object({ qualification: ChorusAccountViewSchema, production: ChorusAccountViewSchema }),
  isDemonstration: z.boolean(),
  /** Everything needed to call Chorus Pro in the chosen environment is saved. */
  isConfigured: z.boolean(),
  secretStorage: z.enum(['os-keychain', 'encrypted-file']),
  /** Saved secrets can no longer be read (damaged file or lost key): forget them and type them again. */
  secretsUnreadable: z.boolean(),
  /** Automatic sending through the API is not built yet: the screen says so plainly. */
  isApiSendingAvailable: z.literal(false),
});
export type ChorusConnectionView = z.infer<typeof ChorusConnectionViewSchema>;

export const ForgetSecretsInputSchema = z.object({
  secrets: z.array(z.enum(['pisteClientSecret', 'technicalPassword'])).min(1),
});

/** The steps of « Tester la connexion », in order; a failure names the one that failed. */
export const ConnectionTestStepSchema = z.enum(['settings', 'token', 'account', 'structure']);

/** The verdict of « Tester la connexion »: each failure with its cause in French. */
export const ConnectionTestResultSchema = z.object({
  environment: ChorusEnvironmentSchema,
  testedAt: z.string(),
  /** `warning`: Chorus Pro answers, but something will make deposits fail (the account's structure is not the company's). */
  outcome: z.enum(['ok', 'warning', 'failed']),
  /** The error code of the failure (see shared/errors/error-codes.ts), null when it worked. */
  code: z.string().nullable(),
  failedStep: ConnectionTestStepSchema.nullable(),
  message: z.string(),
  /** The supplier structure the technical account is attached to. */
  structure: z.object({ idStructureCPP: z.number(), siret: z.string(), name: z.string() }).nullable(),
  technicalPasswordExpiresOn: z.string().nullable(),
});
export type ConnectionTestResult = z.infer<typeof ConnectionTestResultSchema>;
