import { addDays, daysBetween, formatDayDistance, formatFrenchDate, type IsoDate } from './french-dates';

/**
 * The Chorus Pro technical account's password must be renewed every 424 days (~14 months) by the
 * structure's main manager (communauté Chorus Pro, « bonnes pratiques »). OCA reminds 15 days ahead; we
 * do the same. Both are data so a change of rule is one line.
 */
export const TECHNICAL_PASSWORD_VALIDITY_DAYS = 424;
export const TECHNICAL_PASSWORD_REMINDER_DAYS = 15;

/** 'valid': nothing to do; 'renew_soon': inside the reminder window; 'expired': deposits will fail. */
export type PasswordRenewalStatus = 'valid' | 'renew_soon' | 'expired';

export interface PasswordRenewal {
  savedOn: IsoDate;
  /** The first day the password no longer works; renew before it. */
  expiresOn: IsoDate;
  /** From this day on the app shows the reminder. */
  remindFrom: IsoDate;
  /** Days from today to `expiresOn`: 0 or less means expired. */
  daysLeft: number;
  status: PasswordRenewalStatus;
  /** Plain French sentence for the dashboard. */
  text: string;
}

/**
 * Renewal state of the technical password saved on `savedOn`, seen on `today` (Paris date). The expiry
 * day itself counts as expired: being a day early costs nothing, a failed deposit costs a day.
 */
export function technicalPasswordRenewal(savedOn: IsoDate, today: IsoDate): PasswordRenewal {
  const expiresOn = addDays(savedOn, TECHNICAL_PASSWORD_VALIDITY_DAYS);
  const remindFrom = addDays(expiresOn, -TECHNICAL_PASSWORD_REMINDER_DAYS);
  const daysLeft = daysBetween(today, expiresOn);
  const status: PasswordRenewalStatus =
    daysLeft <= 0 ? 'expired' : daysLeft <= TECHNICAL_PASSWORD_REMINDER_DAYS ? 'renew_soon' : 'valid';
  return { savedOn, expiresOn, remindFrom, daysLeft, status, text: renewalText(status, expiresOn, daysLeft) };
}

function renewalText(status: PasswordRenewalStatus, expiresOn: IsoDate, daysLeft: number): string {
  const date = formatFrenchDate(expiresOn);
  switch (status) {
    case 'expired':
      return daysLeft === 0
        ? `Le mot de passe de votre compte technique Chorus Pro expire aujourd’hui : renouvelez-le pour que vos envois continuent.`
        : `Le mot de passe de votre compte technique Chorus Pro a expiré le ${date} : renouvelez-le pour reprendre vos envois.`;
    case 'renew_soon':
      return `Le mot de passe de votre compte technique Chorus Pro expire le ${date} (${formatDayDistance(daysLeft)}) : renouvelez-le dès maintenant.`;
    case 'valid':
      return `Le mot de passe de votre compte technique Chorus Pro est valable jusqu’au ${formatFrenchDate(addDays(expiresOn, -1))}.`;
  }
}

/** What the renewal involves, shared by the calendar entry and the settings screen. */
export const PASSWORD_RENEWAL_ACTION =
  'Le gestionnaire principal de votre structure renouvelle le mot de passe sur le portail Chorus Pro ; saisissez ensuite le nouveau dans Facturier.';
