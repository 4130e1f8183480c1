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
  documents_failed: 'Les fichiers de cette pièce (PDF Factur-X, CII, UBL) n’ont pas pu être produits : rien n’a été émis.',
  disk_full: 'Le disque de cet ordinateur est plein : rien n’a été enregistré. Libérez de la place, puis réessayez.',
  storage_read_only:
    'Le dossier des données de Facturier ne peut pas être modifié (support en lecture seule ou droits insuffisants) : rien n’a été enregistré.',
  storage_busy: 'Les données de Facturier sont occupées par un autre programme Facturier : rien n’a été enregistré. Réessayez dans un instant.',
  storage_failed: 'Le disque n’a pas pu écrire les données de Facturier : rien n’a été enregistré. Vérifiez le disque, puis réessayez.',
  record_unsealed: 'Le registre ne peut pas être scellé : la clé du journal est illisible. Rien n’a été enregistré.',
} as const;

export type ErrorCode = keyof typeof errorMessages;

export const errorCodes = Object.freeze(Object.keys(errorMessages)) as readonly ErrorCode[];

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(errorMessages, code);
}
