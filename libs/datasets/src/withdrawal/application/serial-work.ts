/**
 * Runs jobs one at a time in arrival order. Two notices may concern the same release: one at a time, the second
 * finds it withdrawn and its successor already built without the retracted events, instead of building twice.
 * A failed job is retried after `retryDelayMs` (behind the jobs queued meanwhile), so one outage stalls nothing for good.
 */
export class SerialWork {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;
  private stopped = false;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly retryDelayMs: number,
    private readonly onFailure: (error: unknown, attempt: number) => void,
  ) {}

  /** Queues a job; resolves when it is queued, not when it ran. */
  push(job: () => Promise<void>, attempt = 1): void {
    if (this.stopped) return;
    this.pending += 1;
    this.tail = this.tail.then(async () => {
      try {
        await job();
      } catch (error) {
        this.onFailure(error, attempt);
        this.retryLater(job, attempt + 1);
      } finally {
        this.pending -= 1;
      }
    });
  }

  /** Jobs queued or running (retries waiting on their timer not included). */
  get size(): number {
    return this.pending;
  }

  /** Stops taking jobs and retries; waits for the running job. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await this.tail;
  }

  private retryLater(job: () => Promise<void>, attempt: number): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.push(job, attempt);
    }, this.retryDelayMs);
    this.timers.add(timer);
  }
}
