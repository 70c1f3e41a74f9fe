// Scoring throughput of a validation run: `npm run bench:validation` (pure code, no stack).
import { performance } from 'node:perf_hooks';
import type { TestRow } from '@usm/validation';
import { evaluate } from '@usm/validation';

const sizes = (process.env['BENCH_EXAMPLES'] ?? '1000,10000,50000').split(',').map(Number);
const rounds = Number(process.env['BENCH_ROUNDS'] ?? 3);
const labels = ['carAccident', 'pedestrianOnRoad', 'hazardOnRoad', 'trafficJam', 'speedingNearSchool', 'childPedestrianOnCarriageway', 'noHazard'];

/** A deterministic test split and predictions that are right about 70 % of the time, with a score per label. */
function workload(n: number): { rows: TestRow[]; jsonl: string } {
  const rows: TestRow[] = [];
  const lines: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const actual = labels[(i * 7) % labels.length] as string;
    const predicted = i % 10 < 7 ? actual : (labels[(i * 3) % labels.length] as string);
    rows.push({ eventId: `e${i}`, subCategory: actual, label: null, district: `d${i % 5}`, category: 'traffic', timeBucketStart: Date.UTC(2026, 10, 2) + (i % 96) * 900_000 });
    const rest = (1 - 0.6) / (labels.length - 1);
    lines.push(JSON.stringify({ eventId: `e${i}`, label: predicted, scores: Object.fromEntries(labels.map((l) => [l, l === predicted ? 0.6 : rest])) }));
  }
  return { rows, jsonl: lines.join('\n') + '\n' };
}

const median = (work: () => unknown): number => {
  const times = Array.from({ length: rounds }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
};

for (const n of sizes) {
  const { rows, jsonl } = workload(n);
  // Baseline: parse every line and count exact matches, the least any scorer must do.
  const plain = median(() => {
    const truth = new Map(rows.map((r) => [r['eventId'] as string, r['subCategory'] as string]));
    let right = 0;
    for (const line of jsonl.split('\n')) if (line) right += truth.get((JSON.parse(line) as { eventId: string; label: string }).eventId) === (JSON.parse(line) as { label: string }).label ? 1 : 0;
    return right;
  });
  const full = median(() => evaluate({ rows, predictionsJsonl: jsonl, benchmark: { labels, thresholds: [] }, releaseFiles: [{ path: 'test.parquet', sha256: '0'.repeat(64) }], timeZone: 'Asia/Seoul' }));
  process.stdout.write(
    `${String(n).padStart(6)} examples  evaluate ${full.toFixed(1).padStart(8)} ms (${Math.round((n / full) * 1000).toLocaleString('en')} examples/s; parse, join, metrics, AUC, ECE, 2 × 1,000 bootstrap resamples, slices, hashes)  ` +
      `plain parse+count ${plain.toFixed(1).padStart(7)} ms  ratio ${(full / plain).toFixed(1)}×\n`,
  );
}
