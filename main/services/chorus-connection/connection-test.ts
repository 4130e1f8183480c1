import { formatLongDate } from '@shared/dates/french-dates';
import type { ChorusEnvironment, ConnectionTestResult } from '@shared/chorus/connection-settings';
import { formatSiret } from '@shared/company/format-siret';
import { AppError } from '../../errors/app-error';
import type { ChorusClient } from '../chorus/chorus-client';

const TEST_TIMEOUT_MS = 15_000;

export interface ConnectionTestInput {
  environment: ChorusEnvironment;
  connect: () => Promise<{ client: ChorusClient }>;
  companySiret: string | null;
  now: Date;
}

/** `dateExpirationMotPasseCompteTech` may come as a date, a date-time or an ISO text: keep the day. */
function isoDay(value: string | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return match ? (match[1] as string) : null;
}

/**
 * « Tester la connexion », the calls a deposit needs, in order: the settings are complete (`settings`),
 * PISTE gives a token and Chorus Pro takes the technical account (`token`, `account`: one call to
 * `monCompte/recuperer/rattachements`, which also names the supplier's structure), then the structure is
 * read (`structure`: `structures/v1/consulter`, with the password expiry). The first failure stops the test
 * and is reported with its cause's French message.
 */
export async function testConnection(input: ConnectionTestInput): Promise<ConnectionTestResult> {
  const base = { environment: input.environment, testedAt: input.now.toISOString(), structure: null, technicalPasswordExpiresOn: null };
  const failed = (step: ConnectionTestResult['failedStep'], error: unknown): ConnectionTestResult => {
    if (!(error instanceof AppError)) throw error;
    return { ...base, outcome: 'failed', code: error.code, failedStep: step, message: error.message };
  };

  let client: ChorusClient;
  try {
    ({ client } = await input.connect());
  } catch (error) {
    return failed('settings', error);
  }

  let attached: Awaited<ReturnType<ChorusClient['myStructures']>>['items'];
  try {
    attached = (await client.myStructures({ pageSize: 100 }, { timeoutMs: TEST_TIMEOUT_MS })).items;
  } catch (error) {
    return failed(error instanceof AppError && error.code === 'chorus_piste_credentials' ? 'token' : 'account', error);
  }
  const mine = attached.find((s) => s.identifiantStructure === input.companySiret) ?? attached[0];
  if (!mine) {
    return failed(
      'account',
      new AppError('chorus_technical_account', 'Le compte technique n’est rattaché à aucune structure : le gestionnaire principal doit le rattacher à votre structure sur le portail Chorus Pro.'),
    );
  }

  let expiresOn: string | null;
  try {
    const details = await client.structure({ idStructureCPP: mine.idStructure }, { timeoutMs: TEST_TIMEOUT_MS });
    expiresOn = isoDay(details.informationGenerales.dateExpirationMotPasseCompteTech);
  } catch (error) {
    return failed('structure', error);
  }

  const structure = { idStructureCPP: mine.idStructure, siret: mine.identifiantStructure, name: mine.designationStructure ?? mine.identifiantStructure };
  const where = input.environment === 'demonstration' ? 'l’environnement de démonstration' : input.environment === 'production' ? 'Chorus Pro' : 'Chorus Pro (qualification)';
  const expiry = expiresOn ? ` Chorus Pro indique que le mot de passe du compte technique expire le ${formatLongDate(expiresOn)}.` : '';
  const result = { ...base, structure, technicalPasswordExpiresOn: expiresOn, code: null, failedStep: null };
  if (input.companySiret && structure.siret !== input.companySiret) {
    return {
      ...result,
      outcome: 'warning',
      message: `La connexion à ${where} fonctionne, mais le compte technique est rattaché à ${structure.name} (SIRET ${formatSiret(structure.siret)}), pas à votre entreprise (SIRET ${formatSiret(input.companySiret)}) : vos factures y seraient refusées. Demandez au gestionnaire principal de votre structure un compte technique qui lui est rattaché.${expiry}`,
    };
  }
  return { ...result, outcome: 'ok', message: `Connexion réussie à ${where} : le compte technique est rattaché à ${structure.name} (SIRET ${formatSiret(structure.siret)}).${expiry}` };
}
