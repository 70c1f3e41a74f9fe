/** Prints a progress or result line of the federation benchmark. */
export function say(phase: string, line: string): void {
  process.stdout.write(`[bench:federation:${phase}] ${line}\n`);
}

/** The q-quantile (0..1) of sorted values, nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export const perSecond = (records: number, ms: number): number => Math.round((records * 1000) / Math.max(ms, 1));

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
