import { ConcurrencyError } from '@usm/errors';
import type { StoredWithdrawal, WithdrawalStore } from '../application/withdrawal.ports';
import { withdrawalDecider } from '../domain/withdrawal.decider';
import type { WithdrawalEvent } from '../domain/withdrawal.events';
import type { WithdrawalState } from '../domain/withdrawal.state';

/** The withdrawal store in memory, with the retracted event ids a PostgreSQL store keeps beside it. */
export class InMemoryWithdrawalStore implements WithdrawalStore {
  readonly streams = new Map<string, WithdrawalEvent[]>();
  readonly retracted = new Map<string, Set<string>>();

  load(noticeId: string): Promise<StoredWithdrawal> {
    const events = this.streams.get(noticeId) ?? [];
    return Promise.resolve({ state: events.reduce(withdrawalDecider.evolve, withdrawalDecider.initialState()), version: events.length });
  }

  append(noticeId: string, expectedVersion: number, events: readonly WithdrawalEvent[]): Promise<void> {
    const stream = this.streams.get(noticeId) ?? [];
    if (stream.length !== expectedVersion) return Promise.reject(new ConcurrencyError('DATASETS.WITHDRAWAL_CONFLICT', expectedVersion, stream.length));
    this.streams.set(noticeId, [...stream, ...events]);
    for (const event of events) {
      if (event.type !== 'RetractionRecorded') continue;
      for (const eventId of event.data.notice.eventIds) this.retracted.set(eventId, new Set([...(this.retracted.get(eventId) ?? []), noticeId]));
    }
    return Promise.resolve();
  }

  async settling(): Promise<readonly WithdrawalState[]> {
    const states = await Promise.all([...this.streams.keys()].map(async (id) => (await this.load(id)).state));
    return states.filter((state) => state.status === 'settling');
  }

  retractedAmong(eventIds: Iterable<string>): Promise<Set<string>> {
    return Promise.resolve(new Set([...eventIds].filter((id) => this.retracted.has(id))));
  }
}
