import type { DestinationStream, Level } from 'pino';

/** What every service tells the observability module about itself. */
export interface ObservabilityOptions {
  /** Service name on every log line and metric, e.g. `ingest`. */
  readonly serviceName: string;
  /** City id of the node, e.g. `incheon`. */
  readonly city: string;
  readonly logLevel: Level | 'silent';
  /** Where JSON log lines go; stdout when absent (tests pass a capturing stream). */
  readonly logDestination?: DestinationStream;
  /** Liveness fails when the event loop takes longer than this to run a queued callback; 5 s by default. */
  readonly eventLoopMaxDelayMs?: number;
}
