import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database } from 'better-sqlite3';
import { createLeaseRepository } from '../../../db/repositories/lease-repository';
import type { Clock } from '../../clock';

export const SENDER_LEASE = 'sender';

/** "host:pid:random": unique per core, and says which process to ask whether it still lives. */
export function newHolderId(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/**
 * A holder is gone when it is a process of this machine that no longer exists (killed, crashed): its lease
 * can be taken at once instead of waiting for it to expire. Another machine's holder (a shared folder) and
 * another core of this very process are never taken for dead.
 */
export function isHolderDead(holder: string): boolean {
  const [host, pidText] = holder.split(':');
  const pid = Number(pidText);
  if (host !== hostname() || !Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * One sender per database across processes (the desktop app and a browser host on the same folder): the
 * lease is taken for a run, renewed while it lasts, released at its end.
 */
export function createSenderLease(db: Database, clock: Clock, options: { holder: string; ttlMs: number }) {
  const leases = createLeaseRepository(db);
  const now = () => clock.now().getTime();
  let expiresAt = 0;
  return {
    holder: options.holder,
    /** Takes or renews it; false when another live sender holds it. */
    acquire(): boolean {
      const { isHeld, lease } = leases.acquire(SENDER_LEASE, options.holder, now(), options.ttlMs, isHolderDead);
      expiresAt = isHeld ? lease.expires_at : 0;
      return isHeld;
    },
    /** Renews when half of it has run out; false if it was lost meanwhile. */
    keep(): boolean {
      if (expiresAt - now() > options.ttlMs / 2) return true;
      return this.acquire();
    },
    /** Read inside the transaction that claims a deposit: still ours, in the database itself. */
    holds: (): boolean => leases.holds(SENDER_LEASE, options.holder, now()),
    /** When the other holder's lease runs out (to try again then). */
    otherExpiresAt: (): number => leases.get(SENDER_LEASE)?.expires_at ?? 0,
    release(): void {
      expiresAt = 0;
      leases.release(SENDER_LEASE, options.holder);
    },
  };
}

export type SenderLease = ReturnType<typeof createSenderLease>;
