import type { FlowSummary, LagSeries } from './mesh-view';

/** Lag samples per `source>target topic`, each series at most `window` samples long. */
export type LagHistory = ReadonlyMap<string, LagSeries>;

export const noLagHistory: LagHistory = new Map();

/** Adds the lag each flow reports at `at` (topics without a measured lag add nothing). */
export function recordLag(history: LagHistory, flows: readonly FlowSummary[], at: number, window: number): LagHistory {
  const next = new Map(history);
  for (const flow of flows) {
    for (const topic of flow.topics) {
      if (topic.lagMs === null) continue;
      const key = `${flow.source}>${flow.target} ${topic.topic}`;
      const series = next.get(key) ?? { flow: `${flow.source}>${flow.target}`, topic: topic.topic, samples: [] };
      next.set(key, { ...series, samples: [...series.samples, [at, topic.lagMs] as const].slice(-window) });
    }
  }
  return next;
}
