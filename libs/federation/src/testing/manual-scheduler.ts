import type { Clock, Scheduler } from '../application/ports';

/** A clock and scheduler for units: time moves only when told, and due work runs then, in time order. */
export class ManualTime implements Clock, Scheduler {
  private current: number;
  private readonly pending: { at: number; work: () => void; cancelled: boolean }[] = [];

  constructor(start: number) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  schedule(delayMs: number, work: () => void): () => void {
    const entry = { at: this.current + delayMs, work, cancelled: false };
    this.pending.push(entry);
    return () => {
      entry.cancelled = true;
    };
  }

  /** Work scheduled and not cancelled, soonest first. */
  get scheduled(): readonly { readonly at: number }[] {
    return this.pending.filter((e) => !e.cancelled).sort((a, b) => a.at - b.at);
  }

  /** Moves time to `at`, running every piece of work due by then. */
  advanceTo(at: number): void {
    for (;;) {
      const due = this.pending.filter((e) => !e.cancelled && e.at <= at).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      due.cancelled = true;
      this.current = Math.max(this.current, due.at);
      due.work();
    }
    this.current = Math.max(this.current, at);
  }
}
