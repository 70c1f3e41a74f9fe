import type { Clock, IngestLedger, LedgerClaim } from '../../application/ports';

interface Entry {
  status: 'claimed' | 'acknowledged';
  claimToken: string;
  claimedAt: number;
}

/** IngestLedger in a Map, with the same claim and lease rules as the PostgreSQL adapter; for unit tests. */
export class InMemoryIngestLedger implements IngestLedger {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: Clock,
    private readonly claimLeaseMs: number,
  ) {}

  claim(eventIds: readonly string[], claimToken: string): Promise<LedgerClaim> {
    const claim = { claimed: [] as string[], acknowledged: [] as string[], inFlight: [] as string[] };
    const now = this.clock.now();
    for (const id of eventIds) {
      const entry = this.entries.get(id);
      if (entry?.status === 'acknowledged') claim.acknowledged.push(id);
      else if (entry && now - entry.claimedAt < this.claimLeaseMs) claim.inFlight.push(id);
      else {
        this.entries.set(id, { status: 'claimed', claimToken, claimedAt: now });
        claim.claimed.push(id);
      }
    }
    return Promise.resolve(claim);
  }

  acknowledge(eventIds: readonly string[]): Promise<void> {
    for (const id of eventIds) {
      const entry = this.entries.get(id);
      if (entry) entry.status = 'acknowledged';
    }
    return Promise.resolve();
  }

  release(eventIds: readonly string[], claimToken: string): Promise<void> {
    for (const id of eventIds) {
      const entry = this.entries.get(id);
      if (entry?.status === 'claimed' && entry.claimToken === claimToken) this.entries.delete(id);
    }
    return Promise.resolve();
  }

  statusOf(eventId: string): Entry['status'] | undefined {
    return this.entries.get(eventId)?.status;
  }
}
