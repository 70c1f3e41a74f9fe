import { ConcurrencyError } from '@usm/errors';
import type { DataSource, EntityManager } from 'typeorm';
import type { StoredWithdrawal, WithdrawalStore } from '../../application/withdrawal.ports';
import { withdrawalDecider } from '../../domain/withdrawal.decider';
import type { WithdrawalEvent } from '../../domain/withdrawal.events';
import type { WithdrawalState } from '../../domain/withdrawal.state';
import type { WithdrawalTables } from './withdrawal-tables';
import { schemaOf, withdrawalTablesOf } from './withdrawal-tables';

const uniqueViolation = '23505';

/**
 * Withdrawals in PostgreSQL: each notice's events under (notice id, version), so two writers at one version
 * cannot both append; the notice's status and its retracted event ids change in the same transaction.
 * Also answers which events are retracted, for every later build (`RetractedEventsQuery`).
 */
export class PostgresWithdrawalStore implements WithdrawalStore {
  private readonly tables: WithdrawalTables;

  constructor(private readonly dataSource: DataSource) {
    this.tables = withdrawalTablesOf(schemaOf(dataSource.options));
  }

  async load(noticeId: string): Promise<StoredWithdrawal> {
    const rows: { type: string; data: unknown }[] = await this.dataSource.query(`SELECT type, data FROM ${this.tables.events} WHERE notice_id = $1 ORDER BY version`, [noticeId]);
    const events = rows.map((row) => ({ type: row.type, data: row.data }) as WithdrawalEvent);
    return { state: events.reduce(withdrawalDecider.evolve, withdrawalDecider.initialState()), version: events.length };
  }

  async append(noticeId: string, expectedVersion: number, events: readonly WithdrawalEvent[]): Promise<void> {
    if (events.length === 0) return;
    const { state } = await this.load(noticeId);
    const next = events.reduce(withdrawalDecider.evolve, state);
    try {
      await this.dataSource.transaction(async (manager) => {
        for (const [index, event] of events.entries()) {
          await manager.query(`INSERT INTO ${this.tables.events} (notice_id, version, type, data) VALUES ($1, $2, $3, $4)`, [noticeId, expectedVersion + index + 1, event.type, JSON.stringify(event.data)]);
        }
        await this.recordNotice(manager, events, next);
      });
    } catch (error) {
      if ((error as { code?: string }).code === uniqueViolation) throw new ConcurrencyError('DATASETS.WITHDRAWAL_CONFLICT', expectedVersion, expectedVersion + 1, { cause: error, details: { noticeId } });
      throw error;
    }
  }

  async settling(): Promise<readonly WithdrawalState[]> {
    const rows: { notice_id: string }[] = await this.dataSource.query(`SELECT notice_id FROM ${this.tables.notices} WHERE status = 'settling' ORDER BY recorded_at`);
    return Promise.all(rows.map(async (row) => (await this.load(row.notice_id)).state));
  }

  /** The ids among `eventIds` some notice retracted. */
  async retractedAmong(eventIds: Iterable<string>): Promise<Set<string>> {
    const ids = [...new Set(eventIds)].map((id) => id.toLowerCase());
    if (ids.length === 0) return new Set();
    const rows: { event_id: string }[] = await this.dataSource.query(`SELECT DISTINCT event_id::text AS event_id FROM ${this.tables.retracted} WHERE event_id = ANY($1::uuid[])`, [ids]);
    return new Set(rows.map((row) => row.event_id));
  }

  private async recordNotice(manager: EntityManager, events: readonly WithdrawalEvent[], next: WithdrawalState): Promise<void> {
    if (next.status === 'unknown') return;
    const recorded = events.find((event) => event.type === 'RetractionRecorded');
    if (recorded) {
      const { notice, origin, recordedAt } = recorded.data;
      await manager.query(
        `INSERT INTO ${this.tables.notices} (notice_id, city, origin, reason, status, retracted_at, recorded_at) VALUES ($1, $2, $3, $4, $5, to_timestamp($6 / 1000.0), to_timestamp($7 / 1000.0))`,
        [notice.noticeId, notice.city, origin, notice.reason, next.status, notice.retractedAt, recordedAt],
      );
      await manager.query(`INSERT INTO ${this.tables.retracted} (event_id, notice_id) SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING`, [notice.eventIds, notice.noticeId]);
      return;
    }
    await manager.query(`UPDATE ${this.tables.notices} SET status = $2 WHERE notice_id = $1`, [next.notice.noticeId, next.status]);
  }
}
