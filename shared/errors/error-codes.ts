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
  backup_failed: 'La sauvegarde n’a pas pu être faite. Vos données n’ont pas été modifiées ; réessayez.',
  backup_busy: 'Une sauvegarde ou une restauration est déjà en cours : attendez qu’elle se termine.',
  backup_unreadable: 'Ce fichier n’est pas une sauvegarde Facturier lisible (fichier endommagé ou d’un autre type). Rien n’a été modifié.',
  backup_too_new:
    'Cette sauvegarde a été faite par une version plus récente de Facturier. Installez la dernière version pour la restaurer ; rien n’a été modifié.',
  backup_altered: 'Cette sauvegarde ne passe pas la vérification du journal : elle a été modifiée ou endommagée. Rien n’a été modifié.',
  backup_passphrase: 'Phrase de passe incorrecte : les secrets de cette sauvegarde ne peuvent pas être déchiffrés. Rien n’a été modifié.',
  restore_failed: 'La restauration n’a pas pu se terminer : vos données sont revenues à leur état d’avant. Rien n’a été perdu.',
} as const;

export type ErrorCode = keyof typeof errorMessages;

export const errorCodes = Object.freeze(Object.keys(errorMessages)) as readonly ErrorCode[];

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(errorMessages, code);
}
