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
  unauthorized:
    'Cet onglet n’est plus connecté à Facturier (il a sans doute été redémarré) : ouvrez le lien affiché dans la fenêtre de Facturier.',
  forbidden_origin: 'Accès refusé : cette page ne provient pas de Facturier.',
  network: 'Facturier ne répond pas. Vérifiez qu’il est toujours lancé, puis réessayez.',
  not_found: 'L’élément demandé n’existe pas ou plus.',
  database_too_new:
    'Ces données ont été créées par une version plus récente de Facturier. Installez la dernière version pour les ouvrir ; rien n’a été modifié.',
  company_missing: 'Renseignez d’abord votre entreprise dans Réglages.',
  invoice_frozen: 'Cette pièce est émise : elle ne peut plus être modifiée. Pour la corriger, émettez un avoir.',
  issue_refused: 'Cette pièce ne peut pas encore être émise : corrigez les points signalés.',
  directory_unreadable: 'Ce fichier n’est pas un annuaire lisible. L’annuaire actuel est conservé.',
  directory_import_running: 'Un import de l’annuaire est déjà en cours : attendez qu’il se termine ou annulez-le.',
  directory_online_unavailable:
    'La mise à jour en ligne de l’annuaire demande un compte Chorus Pro configuré. Vous pouvez aussi importer le fichier téléchargé depuis le portail Chorus Pro.',
  directory_download_failed: 'Le téléchargement de l’annuaire depuis Chorus Pro a échoué. L’annuaire actuel est conservé ; réessayez plus tard.',
  request_invalid: 'Requête invalide : Facturier n’a pas compris ce qui lui a été envoyé.',
  request_too_large: 'Les données envoyées sont trop volumineuses.',
  host_busy: 'Facturier reçoit déjà beaucoup de données en même temps : réessayez dans un instant.',
  data_folder_locked:
    'Facturier est déjà ouvert sur ce dossier de données. Fermez l’autre Facturier (application ou navigateur), puis réessayez.',
  disk_full:
    'Le disque est plein : Facturier n’a rien enregistré de cette action. Libérez de la place sur le disque, puis réessayez.',
  storage_read_only:
    'Le dossier des données de Facturier est en lecture seule : rien n’a pu y être enregistré. Vérifiez que le disque est branché et accessible en écriture, puis relancez Facturier.',
  storage_unavailable:
    'Facturier ne peut pas lire ou écrire son dossier de données. Vérifiez que le disque est branché et que ce dossier vous appartient, puis relancez Facturier.',
  database_corrupted:
    'Le fichier de données de Facturier est endommagé ou n’est pas une base Facturier ; il n’a pas été modifié. Restaurez une sauvegarde, ou demandez de l’aide.',
  documents_failed: 'Les fichiers de cette pièce (PDF Factur-X, CII, UBL) n’ont pas pu être produits : rien n’a été émis.',
  storage_busy: 'Les données de Facturier sont occupées par un autre programme Facturier : rien n’a été enregistré. Réessayez dans un instant.',
  storage_failed: 'Le disque n’a pas pu écrire les données de Facturier : rien n’a été enregistré. Vérifiez le disque, puis réessayez.',
  record_unsealed: 'Le registre ne peut pas être scellé : la clé du journal est illisible. Rien n’a été enregistré.',
  backup_failed: 'La sauvegarde n’a pas pu être faite. Vos données n’ont pas été modifiées ; réessayez.',
  backup_busy: 'Une sauvegarde ou une restauration est déjà en cours : attendez qu’elle se termine.',
  backup_unreadable: 'Ce fichier n’est pas une sauvegarde Facturier lisible (fichier endommagé ou d’un autre type). Rien n’a été modifié.',
  backup_too_new:
    'Cette sauvegarde a été faite par une version plus récente de Facturier. Installez la dernière version pour la restaurer ; rien n’a été modifié.',
  backup_altered: 'Cette sauvegarde ne passe pas la vérification du journal : elle a été modifiée ou endommagée. Rien n’a été modifié.',
  backup_passphrase: 'Phrase de passe incorrecte : les secrets de cette sauvegarde ne peuvent pas être déchiffrés. Rien n’a été modifié.',
  restore_failed: 'La restauration n’a pas pu se terminer : vos données sont revenues à leur état d’avant. Rien n’a été perdu.',
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
