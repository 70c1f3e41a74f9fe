/** Largest resident set seen while a phase ran, sampled every 200 ms. */
export class RssSampler {
  private peak = process.memoryUsage().rss;
  private readonly timer = setInterval(() => (this.peak = Math.max(this.peak, process.memoryUsage().rss)), 200);

  stop(): number {
    clearInterval(this.timer);
    return Math.max(this.peak, process.memoryUsage().rss);
  }
}

export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

/** Prints a progress line for a phase. */
export function say(phase: string, line: string): void {
  process.stdout.write(`[bench:${phase}] ${line}\n`);
}

/** Records a phase moved while the clock ran, and for how long. */
export interface Throughput {
  readonly records: number;
  readonly ms: number;
  /** CPU time (user and system) this process spent meanwhile, when measured: unlike `ms`, it barely moves with the machine's load. */
  readonly cpuMs?: number;
}

/**
 * Polls `done()` (records committed so far) until it reaches `target`, printing progress each second.
 * The clock starts at the first committed record, so the group join (and the broker's initial
 * rebalance delay) is left out alike for every variant. Fails after `timeoutMs` instead of hanging.
 */
export async function measureUntil(phase: string, target: number, done: () => Promise<number>, timeoutMs: number): Promise<Throughput> {
  const deadline = performance.now() + timeoutMs;
  let first: { at: number; count: number; cpu: NodeJS.CpuUsage } | undefined;
  let lastPrint = performance.now();
  for (;;) {
    const count = await done();
    const now = performance.now();
    if (count > 0 && !first) first = { at: now, count, cpu: process.cpuUsage() };
    if (count >= target && first) {
      const cpu = process.cpuUsage(first.cpu);
      return { records: count - first.count, ms: now - first.at, cpuMs: (cpu.user + cpu.system) / 1_000 };
    }
    if (now > deadline) throw new Error(`${phase}: ${count}/${target} records after ${timeoutMs} ms`);
    if (now - lastPrint >= 1_000) {
      say(phase, `${count}/${target} records${first ? `, ${rate({ records: count - first.count, ms: now - first.at })}` : ''}`);
      lastPrint = now;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const perSecond = ({ records, ms }: Throughput): number => (records * 1000) / Math.max(ms, 1);

/** CPU microseconds per record, when the CPU time was measured. */
export const cpuPerRecord = ({ records, cpuMs }: Throughput): number | undefined => (cpuMs === undefined ? undefined : (cpuMs * 1_000) / Math.max(records, 1));

/** Records per second, rounded. */
export function rate(throughput: Throughput): string {
  return `${Math.round(perSecond(throughput))} events/s`;
}
