import type { DataSource, QueryRunner } from 'typeorm';

/** Leadership among relay replicas of one id: only the holder opens a transactional producer. */
export interface RelayLeadership {
  /** Takes leadership if no live replica holds it; true when this replica holds it (now or already). */
  acquire(): Promise<boolean>;
  /** Gives leadership up (after a fencing, or on stop). */
  release(): Promise<void>;
}

const lockKey = `hashtextextended(current_schema() || ':' || $1, 0)`;

/**
 * Leadership as a PostgreSQL session advisory lock on a connection held for as long as it leads: when the
 * leader's process ends, its session ends and a standby takes over at its next attempt. Kafka fencing
 * stays the safety net: a leader whose session silently died is fenced by the next one and steps down.
 */
export class PostgresRelayLeadership implements RelayLeadership {
  private session: QueryRunner | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly relayId: string,
  ) {}

  async acquire(): Promise<boolean> {
    if (this.session) return true;
    const session = this.dataSource.createQueryRunner();
    try {
      await session.connect();
      const [row] = (await session.query(`SELECT pg_try_advisory_lock(${lockKey}) AS acquired`, [this.relayId])) as [{ acquired: boolean }];
      if (row.acquired) {
        this.session = session;
        return true;
      }
    } catch (error) {
      await session.release().catch(() => undefined);
      throw error;
    }
    await session.release();
    return false;
  }

  async release(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    if (!session) return;
    await session.query(`SELECT pg_advisory_unlock(${lockKey})`, [this.relayId]).catch(() => undefined);
    await session.release().catch(() => undefined);
  }
}
