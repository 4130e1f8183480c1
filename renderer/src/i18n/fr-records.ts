/** Texts of backups, restore, exports and the technical log (issue 13): Réglages, « Exports », Accueil. */
export const frRecords = {
  'nav.exports': 'Exports',
  'settings.section.sauvegardes': 'Sauvegardes',
  'settings.section.journal-technique': 'Journal technique',

  // Long work followed through task:progress.
  'task.working': '{label} en cours…',
  'task.percent': '{label} : {percent} %',
  'task.cancel': 'Annuler',
  'task.saved': 'Fichier enregistré : {path}',
  'task.downloaded': 'Votre navigateur télécharge « {name} » (dossier Téléchargements).',
  'task.lost': 'Facturier ne donne plus de nouvelles de cette opération : rechargez la page pour voir où elle en est.',

  // Réglages › Sauvegardes
  'backups.intro':
    'Facturier sauvegarde vos données tout seul au démarrage puis chaque jour tant qu’il reste ouvert. Chaque sauvegarde est vérifiée (fichier lisible, registre des pièces intact) avant de compter. On garde les 7 dernières journalières, 4 hebdomadaires et 12 mensuelles.',
  'backups.folder': 'Dossier des sauvegardes automatiques : {folder}',
  'backups.elsewhere':
    'Ces sauvegardes sont sur le même ordinateur que vos données : si l’ordinateur tombe en panne ou est volé, elles disparaissent avec lui. Gardez aussi une copie ailleurs avec « Sauvegarder maintenant » (sur une clé USB par exemple).',
  'backups.lastGood': 'Dernière sauvegarde vérifiée : le {date} ({kind}), {pieces}.',
  'backups.none': 'Aucune sauvegarde vérifiée pour l’instant.',
  'backups.overdue': 'Votre dernière sauvegarde vérifiée a plus de 7 jours : sauvegardez maintenant.',
  'backups.pieces.one': '{count} pièce émise',
  'backups.pieces.other': '{count} pièces émises',
  'backups.listTitle': 'Sauvegardes connues',
  'backups.listEmpty': 'Aucune sauvegarde pour l’instant.',
  'backups.column.date': 'Date',
  'backups.column.kind': 'Type',
  'backups.column.pieces': 'Pièces émises',
  'backups.column.size': 'Taille',
  'backups.column.secrets': 'Secrets Chorus Pro',
  'backups.column.location': 'Fichier',
  'backups.kind.auto': 'automatique',
  'backups.kind.manual': 'manuelle',
  'backups.kind.safety': 'copie de sécurité avant restauration',
  'backups.secrets.yes': 'Oui, chiffrés',
  'backups.secrets.no': 'Non',

  'backups.save.title': 'Sauvegarder maintenant',
  'backups.save.hint.browser':
    'La sauvegarde est vérifiée puis téléchargée par votre navigateur : copiez ensuite le fichier sur une clé USB ou un autre support.',
  'backups.save.hint.electron': 'La sauvegarde est vérifiée puis enregistrée où vous le choisissez, par exemple sur une clé USB.',
  'backups.includeSecrets': 'Inclure les secrets Chorus Pro, chiffrés par une phrase de passe',
  'backups.includeSecrets.hint':
    'Sans eux, après une restauration sur un autre ordinateur, il faudra saisir de nouveau vos identifiants Chorus Pro dans Réglages.',
  'backups.passphrase': 'Phrase de passe',
  'backups.passphrase.hint': 'Au moins 8 caractères. Elle ne peut pas être retrouvée : notez-la en lieu sûr, à part de la sauvegarde.',
  'noun.passphrase': 'la phrase de passe',
  'backups.passphraseAgain': 'Phrase de passe, une seconde fois',
  'backups.passphraseMismatch': 'Les deux phrases de passe sont différentes : saisissez la même deux fois.',
  'backups.save.button': 'Sauvegarder maintenant',
  'backups.save.started': 'Sauvegarde lancée.',
  'backups.save.invalid': 'La sauvegarde n’a pas été lancée : corrigez la phrase de passe.',
  'backups.save.cancelled': 'Sauvegarde annulée : aucun emplacement choisi.',

  'backups.restore.title': 'Restaurer une sauvegarde',
  'backups.restore.intro':
    'Remplace les données de Facturier par celles d’une sauvegarde, sans redémarrer. Le fichier est d’abord vérifié : un fichier endommagé, modifié, ou fait par une version plus récente de Facturier est refusé sans rien changer.',
  'backups.restore.passphrase': 'Phrase de passe des secrets (facultatif)',
  'backups.restore.passphrase.hint':
    'Seulement si la sauvegarde contient les secrets Chorus Pro. Sans elle, vos données sont restaurées mais pas ces secrets.',
  'backups.restore.file': 'Fichier de sauvegarde à restaurer',
  'backups.restore.file.hint': 'Un fichier « Facturier-sauvegarde-….sqlite », ou une sauvegarde automatique du dossier des sauvegardes.',
  'backups.restore.choose': 'Choisir une sauvegarde à restaurer…',
  'backups.restore.confirmTitle': 'Restaurer cette sauvegarde ?',
  'backups.restore.confirmFile':
    'Les données actuelles de Facturier seront remplacées par celles de « {name} ». Avant cela, elles sont gardées telles quelles en copie de sécurité dans le dossier des sauvegardes.',
  'backups.restore.confirmPick':
    'Vous allez choisir le fichier. Les données actuelles de Facturier seront remplacées par les siennes ; avant cela, elles sont gardées telles quelles en copie de sécurité dans le dossier des sauvegardes.',
  'backups.restore.confirm': 'Restaurer',
  'backups.restore.uploading': 'Envoi du fichier à Facturier : {percent} %',
  'backups.restore.uploadFailed': 'Le fichier n’a pas pu être envoyé à Facturier ; réessayez.',
  'backups.restore.cancelled': 'Restauration annulée : aucun fichier choisi. Rien n’a été modifié.',

  'backups.homeCard': 'Sauvegarde de vos données',
  'backups.homeOverdue': 'Votre dernière sauvegarde vérifiée date du {date} : plus de 7 jours.',
  'backups.homeNone': 'Aucune sauvegarde vérifiée de vos données pour l’instant.',
  'backups.homeLink': 'Sauvegarder dans Réglages',

  // Réglages › Journal technique
  'logs.text':
    'Si le support de Facturier vous le demande, envoyez-lui ce fichier : il décrit ce que l’application a fait et les erreurs rencontrées. Il ne contient ni mot de passe ni secret Chorus Pro.',
  'logs.button': 'Exporter le journal technique',

  // Exports
  'exports.title': 'Exports',
  'exports.intro':
    'Ce que demandent votre comptable et l’administration : l’archive de vos factures, le livre des recettes et le chiffre d’affaires à déclarer.',
  'exports.archive.title': 'Archive des factures et avoirs',
  'exports.archive.text':
    'Un fichier ZIP avec chaque facture et avoir émis (PDF Factur-X, XML CII et UBL), un registre CSV (numéro, date, client, SIRET, HT, TVA, TTC, payé, envoi) et un manifeste : l’empreinte SHA-256 de chaque fichier et la tête de chaîne du registre des pièces.',
  'exports.archive.button': 'Exporter l’archive (ZIP)',
  'exports.book.title': 'Livre des recettes',
  'exports.book.text':
    'Les sommes réellement reçues, dans l’ordre des dates : date, client, nature, montant, mode de paiement et facture réglée. Les micro-entrepreneurs doivent le tenir.',
  'noun.periodStart': 'le début de la période',
  'noun.periodEnd': 'la fin de la période',
  'exports.book.from': 'Du',
  'exports.book.to': 'Au',
  'exports.book.show': 'Afficher',
  'exports.book.invalid': 'Période à corriger.',
  'exports.book.pdf': 'Exporter en PDF',
  'exports.book.csv': 'Exporter en CSV',
  'exports.book.caption': 'Encaissements du {from} au {to}',
  'exports.book.empty': 'Aucun encaissement sur cette période.',
  'exports.book.column.date': 'Date',
  'exports.book.column.customer': 'Client',
  'exports.book.column.nature': 'Nature',
  'exports.book.column.amount': 'Montant',
  'exports.book.column.means': 'Mode de paiement',
  'exports.book.column.invoice': 'Facture',
  'exports.book.total.one': '{count} encaissement, total {amount}',
  'exports.book.total.other': '{count} encaissements, total {amount}',
  'exports.turnover.title': 'Chiffre d’affaires à déclarer',
  'exports.turnover.text':
    'La somme des encaissements réellement reçus sur le mois ou le trimestre, séparée entre ventes de marchandises et prestations de services. Facturier ne fait pas la déclaration : reportez ces montants sur votre espace URSSAF.',
  'exports.turnover.year': 'Année',
  'exports.turnover.period': 'Mois ou trimestre',
  'exports.turnover.quarter': '{n}e trimestre',
  'exports.turnover.firstQuarter': '1er trimestre',
  'exports.turnover.declared': 'Chiffre d’affaires encaissé, {label} : {amount}',
  'exports.turnover.goods': 'Ventes de marchandises',
  'exports.turnover.services': 'Prestations de services',
  'exports.turnover.franchise': 'Franchise en base de TVA : les sommes reçues sont déclarées telles quelles.',
  'exports.turnover.exclVat': 'Montants hors TVA : la part de TVA de chaque encaissement est retirée.',
  'exports.turnover.assumed':
    'Dont {amount} comptés en prestations de services parce que l’unité des lignes (« unité », « lot »…) ne dit pas s’il s’agit de marchandises : vérifiez ces factures.',
  'exports.turnover.receipts.one': '{count} encaissement sur la période.',
  'exports.turnover.receipts.other': '{count} encaissements sur la période.',
} as const;
