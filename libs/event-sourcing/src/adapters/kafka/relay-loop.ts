import { relayBackoffMs } from '../../domain/relay-status';

/** Pacing of the relay loop and what to do after a failed step. */
export interface RelayLoopSettings {
  readonly pollIntervalMs: number;
  /** Pause after the first failure; it doubles with each failure in a row, up to `maxRetryBackoffMs`. */
  readonly retryBackoffMs: number;
  /** Cap of the pause between failed attempts (default: 20 × `retryBackoffMs`). */
  readonly maxRetryBackoffMs?: number;
  /** Decides after a failed step whether to try again (after the backoff) or stop for good. */
  readonly onError: (error: unknown) => 'retry' | 'stop';
}

/**
 * Runs a step (publish one batch, returning how many rows it published) over and over: at once while
 * there is work, after the poll interval when idle, after a growing backoff on failure. Steps never
 * overlap, so `runOnce` (drain) and the background loop can share one producer.
 */
export class RelayLoop {
  private running = false;
  private failures = 0;
  private finished: Promise<void> = Promise.resolve();
  private chain: Promise<unknown> = Promise.resolve();
  private wake: (() => void) | undefined;

  constructor(
    private readonly step: () => Promise<number>,
    private readonly settings: RelayLoopSettings,
  ) {}

  /** Failed steps since the last one that succeeded. */
  get consecutiveFailures(): number {
    return this.failures;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.finished = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.finished;
  }

  /** One step, after any step in progress. */
  runOnce(): Promise<number> {
    const next = this.chain.then(() => this.step());
    this.chain = next.catch(() => undefined);
    return next.then(
      (published) => ((this.failures = 0), published),
      (error: unknown) => {
        this.failures += 1;
        throw error;
      },
    );
  }

  private async run(): Promise<void> {
    while (this.running) {
      let pause = 0;
      try {
        if ((await this.runOnce()) === 0) pause = this.settings.pollIntervalMs;
      } catch (error) {
        if (this.settings.onError(error) === 'stop') this.running = false;
        const { retryBackoffMs, maxRetryBackoffMs = 20 * retryBackoffMs } = this.settings;
        pause = relayBackoffMs(this.failures, retryBackoffMs, maxRetryBackoffMs);
      }
      if (this.running && pause > 0) await this.sleep(pause);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }
}
