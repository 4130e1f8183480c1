import type { ComponentType } from 'react';
import { NextDatesCard, PasswordRenewalCard } from './calendar-cards';
import { BusinessProfileCard, CompanyCard, SetupCard } from './onboarding-cards';
import { InvoiceDraftsCard, OverdueInvoicesCard, UnpaidInvoicesCard } from '../invoicing/home/invoice-cards';
import { DirectoryStaleCard } from '../public-directory/directory-stale-card';
import { BackupOverdueCard } from '../records/backup-overdue-card';
import { PortalRemindersCard, RejectedCard, SendingErrorsCard, SuspendedCard, ToRecycleCard, ToSendCard, WaitingCard } from '../sending/sending-cards';

/**
 * The home page's cards. Each card reads its own channel and renders nothing when it has nothing to say,
 * so adding a card is adding a line here: the page itself never changes.
 */
export interface HomeCard {
  id: string;
  Component: ComponentType;
}

/** What is left to set up, and the dates that concern the user (issue 5). */
const ONBOARDING_CARDS: readonly HomeCard[] = [
  { id: 'password-renewal', Component: PasswordRenewalCard },
  { id: 'business-profile', Component: BusinessProfileCard },
  { id: 'company', Component: CompanyCard },
  { id: 'setup', Component: SetupCard },
  { id: 'next-dates', Component: NextDatesCard },
  // The directory of public structures (issue 12): import it, or refresh it after a month.
  { id: 'public-directory', Component: DirectoryStaleCard },
  // No verified backup younger than 7 days (issue 13).
  { id: 'backup-overdue', Component: BackupOverdueCard },
];

/**
 * INVOICE CARDS: drafts, unpaid and overdue invoices. The invoicing work adds its cards to this list
 * (one component per card, each with its own channel call); nothing else needs to change.
 */
export const INVOICE_CARDS: readonly HomeCard[] = [
  { id: 'invoice-overdue', Component: OverdueInvoicesCard },
  { id: 'invoice-unpaid', Component: UnpaidInvoicesCard },
  { id: 'invoice-drafts', Component: InvoiceDraftsCard },
];

/** What Chorus Pro says, and what the user must do about it (issues 10 and 11): actions first. */
export const SENDING_CARDS: readonly HomeCard[] = [
  { id: 'sending-suspended', Component: SuspendedCard },
  { id: 'sending-to-recycle', Component: ToRecycleCard },
  { id: 'sending-rejected', Component: RejectedCard },
  { id: 'sending-reminders', Component: PortalRemindersCard },
  { id: 'sending-errors', Component: SendingErrorsCard },
  { id: 'sending-to-send', Component: ToSendCard },
  { id: 'sending-waiting', Component: WaitingCard },
];

export const HOME_CARDS: readonly HomeCard[] = [...ONBOARDING_CARDS.slice(0, 1), ...SENDING_CARDS, ...INVOICE_CARDS, ...ONBOARDING_CARDS.slice(1)];
