import type { DataSource } from 'typeorm';
import { InfrastructureError } from '@usm/errors';
import { ingestErrorCodes } from '../../application/ingest-errors';
import type { IngestLedger, LedgerClaim } from '../../application/ports';
import { IngestLedgerEntry } from './ingest-ledger.entity';

interface EventIdRow {
  readonly event_id: string;
}

/**
 * IngestLedger in PostgreSQL. A claim is one INSERT … ON CONFLICT DO UPDATE … WHERE: a new id is
 * inserted as claimed; an existing one is taken over only while it is `claimed` and older than the
 * lease (its holder died or gave up without releasing). The row lock that statement takes makes
 * concurrent claims of one id exclusive. Ids are claimed in sorted order so two overlapping batches
 * cannot deadlock, and lease times come from the database clock, shared by every ingest instance.
 */
export class PostgresIngestLedger implements IngestLedger {
  private readonly table: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly claimLeaseMs: number,
  ) {
    const { schema, tableName } = dataSource.getMetadata(IngestLedgerEntry);
    this.table = [schema, tableName]
      .filter((part): part is string => Boolean(part))
      .map((part) => dataSource.driver.escape(part))
      .join('.');
  }

  async claim(eventIds: readonly string[], claimToken: string): Promise<LedgerClaim> {
    const ids = canonical(eventIds);
    if (ids.length === 0) return { claimed: [], acknowledged: [], inFlight: [] };
    const claimedRows = await this.query<EventIdRow[]>(
      `INSERT INTO ${this.table} AS ledger (event_id, status, claim_token, claimed_at)
       SELECT id, 'claimed', $2::uuid, now() FROM unnest($1::uuid[]) AS id
       ON CONFLICT (event_id) DO UPDATE SET claim_token = EXCLUDED.claim_token, claimed_at = EXCLUDED.claimed_at
       WHERE ledger.status = 'claimed' AND ledger.claimed_at <= now() - $3::int * interval '1 millisecond'
       RETURNING event_id`,
      [ids, claimToken, this.claimLeaseMs],
    );
    const claimed = new Set(claimedRows.map((row) => row.event_id));
    const others = ids.filter((id) => !claimed.has(id));
    const acknowledged = new Set(others.length === 0 ? [] : await this.acknowledgedAmong(others));
    return {
      claimed: ids.filter((id) => claimed.has(id)),
      acknowledged: others.filter((id) => acknowledged.has(id)),
      // Not ours and not acknowledged: held by a live claim (or released a moment ago); the caller retries.
      inFlight: others.filter((id) => !acknowledged.has(id)),
    };
  }

  async acknowledge(eventIds: readonly string[]): Promise<void> {
    const ids = canonical(eventIds);
    if (ids.length === 0) return;
    await this.query(`UPDATE ${this.table} SET status = 'acknowledged', acknowledged_at = now() WHERE event_id = ANY($1::uuid[])`, [ids]);
  }

  async release(eventIds: readonly string[], claimToken: string): Promise<void> {
    const ids = canonical(eventIds);
    if (ids.length === 0) return;
    await this.query(
      `DELETE FROM ${this.table} WHERE event_id = ANY($1::uuid[]) AND claim_token = $2::uuid AND status = 'claimed'`,
      [ids, claimToken],
    );
  }

  /** Database failures are worth a retry: the caller answers 503 and gives its claims back (or they lapse). */
  private async query<T = unknown>(sql: string, parameters: unknown[]): Promise<T> {
    try {
      return await this.dataSource.query<T>(sql, parameters);
    } catch (cause) {
      throw new InfrastructureError(ingestErrorCodes.ledgerUnavailable, 'The ingest ledger (PostgreSQL) did not answer', { cause });
    }
  }

  private async acknowledgedAmong(ids: readonly string[]): Promise<string[]> {
    const rows = await this.query<EventIdRow[]>(
      `SELECT event_id FROM ${this.table} WHERE event_id = ANY($1::uuid[]) AND status = 'acknowledged'`,
      [ids],
    );
    return rows.map((row) => row.event_id);
  }
}

/** PostgreSQL returns uuids lowercase; sorted so every claimer locks rows in the same order. */
function canonical(eventIds: readonly string[]): string[] {
  return [...new Set(eventIds.map((id) => id.toLowerCase()))].sort();
}
