import type { Core } from '../../main/app/create-core';
import type { Clock } from '../../main/services/clock';
import { draftFor, setUpSeller, valueOf } from './invoicing-setup';

/** A clock the test moves by hand (days pass between a deposit and its reminder). */
export function movableClock(startIso: string): Clock & { set(iso: string): void; addDays(days: number): void } {
  let now = new Date(startIso).getTime();
  return {
    now: () => new Date(now),
    set(iso) {
      now = new Date(iso).getTime();
    },
    addDays(days) {
      now += days * 86_400_000;
    },
  };
}

/** A seller, its town hall customer, and `count` issued invoices to it; returns their ids. */
export async function issuedPublicInvoices(core: Core, count = 1): Promise<{ customerId: number; ids: number[] }> {
  const { customerId } = await setUpSeller(core);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const { id } = valueOf(await core.invoke('invoices:createDraft', { draft: draftFor(customerId) }));
    valueOf(await core.invoke('invoices:issue', { id }));
    ids.push(id);
  }
  return { customerId, ids };
}
