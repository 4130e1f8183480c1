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
} as const;

export type ErrorCode = keyof typeof errorMessages;

export const errorCodes = Object.freeze(Object.keys(errorMessages)) as readonly ErrorCode[];

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(errorMessages, code);
}
