import { IngestOverloadedError } from './ingest-errors';

/** Default most ingest requests in flight (validated and waiting on PostgreSQL or Kafka) at once. */
export const defaultMaxInFlight = 64;

/**
 * Back-pressure: when PostgreSQL or Kafka cannot keep up, requests pile up waiting on them; past the
 * limit a request is refused at once (429 with Retry-After) rather than queued, so memory and latency
 * stay bounded and nothing is acknowledged that Kafka did not acknowledge.
 */
export class InFlightLimiter {
  private inFlight = 0;

  constructor(readonly maxInFlight: number = defaultMaxInFlight) {}

  /** Runs the work unless `maxInFlight` others are running; throws IngestOverloadedError otherwise. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.inFlight >= this.maxInFlight) throw new IngestOverloadedError(this.maxInFlight);
    this.inFlight += 1;
    try {
      return await work();
    } finally {
      this.inFlight -= 1;
    }
  }

  /** Requests running now, for metrics and specs. */
  get running(): number {
    return this.inFlight;
  }
}
