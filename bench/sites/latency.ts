/** p50 and p99 (nearest rank) of a list of durations in milliseconds. */
export function percentiles(samples: readonly number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
  return { p50: rank(0.5), p99: rank(0.99) };
}

/** Runs `once` `rounds` times, one after another, and returns each duration in milliseconds. */
export async function timeEach(rounds: number, once: (round: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    await once(round);
    samples.push(performance.now() - started);
  }
  return samples;
}
