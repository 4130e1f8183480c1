import { TECHNICAL_PASSWORD_REMINDER_DAYS, TECHNICAL_PASSWORD_VALIDITY_DAYS } from '../calendar/password-renewal';

/**
 * The Chorus Pro account setup as data, from design/chorus-pro-api.md §1 and §6. The wizard renders
 * these rows and remembers each step's state (see setup-progress.ts). Links are the official sites
 * named in that document, nothing else: a wrong link in a compliance app costs trust.
 *
 * A desktop app is AIFE's « client lourd » case: each customer needs their own PISTE application,
 * connection and technical account; Facturier cannot lend its own (CP-types).
 */

export const CHORUS_PORTAL_URL = 'https://chorus-pro.gouv.fr';
export const CHORUS_QUALIFICATION_PORTAL_URL = 'https://qualif.chorus-pro.gouv.fr';
export const PISTE_URL = 'https://piste.gouv.fr';

export const SETUP_STEP_IDS = [
  'portal-user-account',
  'structure',
  'piste-account',
  'piste-application',
  'piste-consent-qualification',
  'piste-consent-production',
  'piste-connection',
  'technical-account',
] as const;
export type SetupStepId = (typeof SETUP_STEP_IDS)[number];

export interface SetupStep {
  id: SetupStepId;
  title: string;
  /** Why the step exists, in plain French: people skip what they do not understand. */
  why: string;
  /** Known pitfalls, each a sentence the user can act on. */
  traps: readonly string[];
  /** Official page where the step is done. */
  officialLink: string;
  /** True when the step only matters for automatic sending through the API; manual deposit skips it. */
  isApiOnly: boolean;
  /** Steps that must be done first; the summary suggests a step only once these are done. */
  requires: readonly SetupStepId[];
  /** Keys of the sources in chorus-pro-api.md §10, so a reviewer can check each claim. */
  sourceKeys: readonly string[];
}

const CONSENT_TRAP =
  'Chaque API (Factures, Structures, Utilisateurs, Transverses) apparaît deux fois, une pour la qualification (bac à sable) et une pour la production : acceptez les quatre de la bonne colonne, puis rattachez-les à votre application.';

export const CHORUS_SETUP_STEPS: readonly SetupStep[] = [
  {
    id: 'portal-user-account',
    title: 'Créer votre compte utilisateur sur Chorus Pro',
    why: 'C’est votre accès personnel au portail Chorus Pro : il sert à gérer votre structure et, sans envoi automatique, à déposer vos factures à la main.',
    traps: [
      'Depuis le 19 septembre 2024, la connexion au portail demande une double authentification : gardez à portée de main le moyen de recevoir le code.',
      'Le portail de qualification (qualif.chorus-pro.gouv.fr) est un site de test séparé : un compte créé là-bas ne sert pas en production.',
    ],
    officialLink: CHORUS_PORTAL_URL,
    isApiOnly: false,
    requires: [],
    sourceKeys: ['CP-2fa', 'CP-qualif'],
  },
  {
    id: 'structure',
    title: 'Créer ou rejoindre votre structure (SIRET)',
    why: 'Sur Chorus Pro, les factures sont émises au nom d’une structure identifiée par son SIRET : votre compte utilisateur doit y être rattaché.',
    traps: [
      'Si votre SIRET change (déménagement, changement de statut), Chorus Pro crée une nouvelle structure, sans compte technique ni raccordement : il faudra les refaire.',
      'Seul le gestionnaire principal de la structure peut déclarer le raccordement et demander le compte technique : si la structure existe déjà, demandez ce rôle ou faites faire ces étapes par son titulaire.',
    ],
    officialLink: CHORUS_PORTAL_URL,
    isApiOnly: false,
    requires: ['portal-user-account'],
    sourceKeys: ['CP-siret', 'INV-doc'],
  },
  {
    id: 'piste-account',
    title: 'Créer votre compte PISTE',
    why: 'PISTE est la porte d’entrée de l’État pour les programmes : Facturier passe par elle pour parler à Chorus Pro à votre place.',
    traps: [
      'PISTE est un site distinct de Chorus Pro, avec son propre compte : vos identifiants Chorus Pro n’y fonctionnent pas.',
      'À l’inscription, choisissez l’organisation « Universelle ».',
    ],
    officialLink: PISTE_URL,
    isApiOnly: true,
    requires: [],
    sourceKeys: ['INV-doc', 'DOCS-gs'],
  },
  {
    id: 'piste-application',
    title: 'Créer votre application PISTE de production',
    why: 'L’application PISTE fournit l’identifiant client (Client ID) et le secret qui authentifient Facturier auprès de PISTE. Chaque entreprise a la sienne : un logiciel installé sur votre poste ne peut pas vous prêter celle de son éditeur.',
    traps: [
      'Une application APP_SANDBOX_<votre e-mail> est créée automatiquement, mais elle ne sert qu’à la qualification : la production demande une nouvelle application.',
      'Copiez l’identifiant client et le secret depuis l’onglet OAuth (authentification), pas depuis l’onglet « API keys ».',
      'Collez-les directement dans Facturier, qui les range dans le trousseau sécurisé de votre système ; ne les envoyez à personne.',
    ],
    officialLink: PISTE_URL,
    isApiOnly: true,
    requires: ['piste-account'],
    sourceKeys: ['INV-doc', 'DOCS-gs', 'CP-types'],
  },
  {
    id: 'piste-consent-qualification',
    title: 'Accepter les conditions des API Chorus Pro en qualification',
    why: 'Pour essayer l’envoi sans risque, sur l’environnement de test de Chorus Pro, avant d’envoyer de vraies factures.',
    traps: [
      CONSENT_TRAP,
      'En qualification, on ne crée pas de structure : générez sur le portail de qualification un « matelas de données » (structure fictive avec son SIRET, acheteurs publics de test).',
      'La qualification n’a pas de vrai acheteur : les statuts qui suivent l’intégration d’une facture ne peuvent pas y être essayés.',
    ],
    officialLink: PISTE_URL,
    isApiOnly: true,
    requires: ['piste-account'],
    sourceKeys: ['INV-doc', 'CP-qualif'],
  },
  {
    id: 'piste-consent-production',
    title: 'Accepter les conditions des API Chorus Pro en production',
    why: 'Sans cette acceptation, PISTE refuse à votre application l’accès aux API Chorus Pro réelles.',
    traps: [CONSENT_TRAP, 'Rattachez les API à votre application de production, pas à l’application APP_SANDBOX.'],
    officialLink: PISTE_URL,
    isApiOnly: true,
    requires: ['piste-application'],
    sourceKeys: ['INV-doc', 'DOCS-gs'],
  },
  {
    id: 'piste-connection',
    title: 'Déclarer le raccordement PISTE dans Chorus Pro',
    why: 'Ce raccordement dit à Chorus Pro que votre application PISTE peut agir pour votre structure.',
    traps: [
      'Dans Chorus Pro, menu « Raccordement EDI et API », puis « Déclarer un raccordement PISTE », avec le nom exact de votre application PISTE.',
      'Seul le gestionnaire principal de la structure peut le faire.',
      'Un raccordement fait en qualification ne vaut pas pour la production : déclarez-le à nouveau sur le portail de production.',
    ],
    officialLink: CHORUS_PORTAL_URL,
    isApiOnly: true,
    requires: ['structure', 'piste-application', 'piste-consent-production'],
    sourceKeys: ['INV-doc', 'CP-types'],
  },
  {
    id: 'technical-account',
    title: 'Créer le compte technique de votre structure',
    why: 'Le compte technique (identifiant et mot de passe) désigne votre structure à chaque envoi automatique : c’est le second jeu d’identifiants, à côté de ceux de PISTE.',
    traps: [
      'L’identifiant (de la forme TECH_1_…@cpro.fr) et le mot de passe ne s’affichent qu’une seule fois : notez-les ou collez-les tout de suite dans Facturier.',
      'Le compte peut mettre une trentaine de minutes à fonctionner : un refus juste après la création n’est pas forcément une erreur.',
      `Le mot de passe est à renouveler tous les ${TECHNICAL_PASSWORD_VALIDITY_DAYS} jours (environ 14 mois) par le gestionnaire principal ; Facturier vous le rappellera ${TECHNICAL_PASSWORD_REMINDER_DAYS} jours avant.`,
      'Le compte technique ne permet pas de se connecter au portail : c’est normal.',
    ],
    officialLink: CHORUS_PORTAL_URL,
    isApiOnly: true,
    requires: ['piste-connection'],
    sourceKeys: ['INV-doc', 'CP-bp', 'OCA-co'],
  },
];

export function findSetupStep(id: SetupStepId): SetupStep {
  const step = CHORUS_SETUP_STEPS.find((candidate) => candidate.id === id);
  if (!step) throw new RangeError(`Unknown setup step: ${id}`);
  return step;
}
