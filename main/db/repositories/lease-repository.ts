import type { Database } from 'better-sqlite3';

export interface LeaseRow {
  name: string;
  holder: string;
  epoch: number;
  expires_at: number;
  renewed_at: number;
}

/**
 * A named lease in the database: whoever holds an unexpired row is the only one allowed to do that work.
 * Each method is one IMMEDIATE transaction, so two processes deciding at the same instant are serialised by
 * SQLite's write lock.
 */
export function createLeaseRepository(db: Database) {
  const get = db.prepare<[string], LeaseRow>('SELECT * FROM leases WHERE name = ?');
  const upsert = db.prepare(
    `INSERT INTO leases (name, holder, epoch, expires_at, renewed_at) VALUES (@name, @holder, 1, @expiresAt, @now)
     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, epoch = leases.epoch + (leases.holder <> excluded.holder),
       expires_at = excluded.expires_at, renewed_at = excluded.renewed_at`,
  );
  const release = db.prepare('UPDATE leases SET expires_at = 0 WHERE name = ? AND holder = ?');

  return {
    get: (name: string): LeaseRow | null => get.get(name) ?? null,
    /**
     * Takes or renews the lease for `holder` when it is free, expired, already ours, or held by a holder
     * `isDead` says is gone (a killed process on this machine). Returns the row as it now stands.
     */
    acquire(name: string, holder: string, now: number, ttlMs: number, isDead: (holder: string) => boolean): { isHeld: boolean; lease: LeaseRow } {
      return db
        .transaction(() => {
          const current = get.get(name);
          const isFree = !current || current.holder === holder || current.expires_at <= now || isDead(current.holder);
          if (isFree) upsert.run({ name, holder, expiresAt: now + ttlMs, now });
          const lease = get.get(name) as LeaseRow;
          return { isHeld: lease.holder === holder && lease.expires_at > now, lease };
        })
        .immediate();
    },
    /** Is `holder` still the holder at `now`? Read inside the caller's transaction before a claim. */
    holds(name: string, holder: string, now: number): boolean {
      const current = get.get(name);
      return current !== undefined && current.holder === holder && current.expires_at > now;
    },
    release: (name: string, holder: string): void => void release.run(name, holder),
  };
}

export type LeaseRepository = ReturnType<typeof createLeaseRepository>;
