import type { MessageKey } from '../../i18n/fr';

/** The wizard's steps in order; the slug is the URL (/assistant/<slug>), so each step can be linked to. */
export const WIZARD_STEPS = [
  { slug: 'activite', title: 'wizard.step.business' },
  { slug: 'calendrier', title: 'wizard.step.calendar' },
  { slug: 'chorus-pro', title: 'wizard.step.chorus' },
  { slug: 'entreprise', title: 'wizard.step.company' },
] as const satisfies ReadonlyArray<{ slug: string; title: MessageKey }>;

export type WizardStepSlug = (typeof WIZARD_STEPS)[number]['slug'];

export function wizardStepIndex(slug: string | undefined): number {
  const index = WIZARD_STEPS.findIndex((step) => step.slug === slug);
  return index === -1 ? 0 : index;
}

/**
 * The wizard opens by itself once per app start at most: after the user leaves it for another page, the
 * home page must not send them back (that would trap them). A page reload is a new start.
 */
let hasAutoOpened = false;
export function claimAutoOpen(): boolean {
  if (hasAutoOpened) return false;
  hasAutoOpened = true;
  return true;
}
