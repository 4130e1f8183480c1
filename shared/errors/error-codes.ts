/**
 * The closed set of error codes the core can return, with the French message shown when nothing more
 * precise is known. Errors belong to the core, not to a transport: services throw `AppError` with one of
 * these codes, and every transport (Electron IPC, the browser host) carries `{ code, message, field? }`.
 * Adding a code means adding its message here: the type makes a code without a message a compile error.
 */
export const errorMessages = {
  invalid_input: 'Certaines informations sont incorrectes. Corrigez les champs signalés puis réessayez.',
  unknown_channel: 'Cette action n’existe pas dans cette version de Facturier.',
  internal: 'Une erreur inattendue est survenue. Vos données n’ont pas été modifiées ; réessayez.',
  unauthorized: 'Accès refusé : rechargez la page de Facturier depuis le lien affiché au démarrage.',
  forbidden_origin: 'Accès refusé : cette page ne provient pas de Facturier.',
  network: 'Facturier ne répond pas. Vérifiez qu’il est toujours lancé, puis réessayez.',
  not_found: 'L’élément demandé n’existe pas ou plus.',
  database_too_new:
    'Ces données ont été créées par une version plus récente de Facturier. Installez la dernière version pour les ouvrir ; rien n’a été modifié.',
  company_missing: 'Renseignez d’abord votre entreprise dans Réglages.',
  invoice_frozen: 'Cette pièce est émise : elle ne peut plus être modifiée. Pour la corriger, émettez un avoir.',
  issue_refused: 'Cette pièce ne peut pas encore être émise : corrigez les points signalés.',
  sending_not_possible: 'Cette pièce ne peut pas être envoyée à Chorus Pro dans son état actuel.',
  chorus_not_configured:
    'La connexion à Chorus Pro n’est pas complète : saisissez l’identifiant et le secret client PISTE, puis l’identifiant et le mot de passe du compte technique dans Réglages › Chorus Pro.',
  secrets_unreadable:
    'Les secrets Chorus Pro enregistrés sur cet ordinateur ne peuvent plus être lus (fichier abîmé ou clé de chiffrement perdue). Dans Réglages › Chorus Pro, oubliez les secrets enregistrés puis saisissez-les à nouveau.',
  chorus_piste_credentials:
    'PISTE refuse l’identifiant client ou le secret client : recopiez-les depuis l’onglet « OAuth » de votre application sur piste.gouv.fr (pas depuis l’onglet des clés d’API), pour le bon environnement.',
  chorus_technical_account:
    'Chorus Pro refuse le compte technique : vérifiez son identifiant (TECH_1_…@cpro.fr) et son mot de passe. Un compte tout juste créé ne fonctionne qu’au bout d’une demi-heure environ ; un mot de passe expiré se renouvelle par le gestionnaire principal sur le portail.',
  chorus_not_subscribed:
    'Votre application PISTE n’a pas accès aux API Chorus Pro : sur piste.gouv.fr, acceptez les conditions des API Chorus Pro (Factures, Structures, Utilisateurs, Transverses) et rattachez-les à l’application, puis déclarez le raccordement PISTE sur le portail Chorus Pro.',
  chorus_unavailable:
    'Chorus Pro est indisponible pour le moment (panne ou maintenance). Rien n’est perdu : Facturier réessaiera plus tard.',
  chorus_rate_limited: 'Chorus Pro reçoit trop de demandes et demande de patienter. Facturier réessaiera dans quelques instants.',
  chorus_offline:
    'Chorus Pro est injoignable depuis cet ordinateur : vérifiez la connexion à Internet. Facturier réessaiera quand elle sera revenue.',
  chorus_timeout: 'Chorus Pro n’a pas répondu à temps (connexion lente ou service surchargé). Facturier réessaiera.',
  chorus_connection_lost: 'La connexion avec Chorus Pro a été coupée avant la réponse. Facturier réessaiera.',
  chorus_bad_response: 'Chorus Pro a envoyé une réponse illisible. Facturier réessaiera ; si cela dure, Chorus Pro est sans doute en maintenance.',
  chorus_refused: 'Chorus Pro a refusé la demande.',
  chorus_demo_unavailable: 'L’environnement de démonstration n’a pas pu démarrer sur cet ordinateur. Redémarrez Facturier puis réessayez.',
} as const;

export type ErrorCode = keyof typeof errorMessages;

export const errorCodes = Object.freeze(Object.keys(errorMessages)) as readonly ErrorCode[];

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(errorMessages, code);
}
