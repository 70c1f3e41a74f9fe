import type { LagSeries } from '../api/mesh-view';

/** uPlot's aligned data: one x axis (seconds) and each series' lag in seconds, null where it has no sample then. */
export function alignedLagData(series: readonly LagSeries[]): [number[], ...(number | null)[][]] {
  const times = [...new Set(series.flatMap((s) => s.samples.map(([at]) => at)))].sort((a, b) => a - b);
  const columns = series.map((s) => {
    const byTime = new Map(s.samples.map(([at, lagMs]) => [at, lagMs / 1000]));
    return times.map((at) => byTime.get(at) ?? null);
  });
  return [times.map((at) => at / 1000), ...columns];
}
