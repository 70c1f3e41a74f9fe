import type { RawSafetyEvent } from '@usm/contracts';
import type { RawEventPublisher } from '../../application/ports';

/** Keeps what would have been produced; `failNext` makes the next publish fail like a broker outage. */
export class InMemoryRawEventPublisher implements RawEventPublisher {
  readonly published: RawSafetyEvent[] = [];
  private failure: Error | undefined;

  failNext(error = new Error('broker unavailable')): void {
    this.failure = error;
  }

  publish(events: readonly RawSafetyEvent[]): Promise<void> {
    const failure = this.failure;
    this.failure = undefined;
    if (failure) return Promise.reject(failure);
    this.published.push(...events);
    return Promise.resolve();
  }
}
