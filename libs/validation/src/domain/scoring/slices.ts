import type { ScoredExample } from './scored-example';
import { accuracy, macroF1 } from './classification-metrics';

/** The slice dimensions the leaderboard shows, so a solution's reliability across places and hours is visible. */
export const sliceDimensions = ['district', 'timeOfDay', 'category'] as const;

export interface SliceMetrics {
  readonly examples: number;
  readonly accuracy: number;
  readonly macroF1: number;
}

/**
 * Accuracy and macro-F1 per value of one slice dimension, macro-F1 over the labels seen in the slice;
 * examples without that slice go to `unknown`.
 */
export function scoreSlices(examples: readonly ScoredExample[], dimension: string): Record<string, SliceMetrics> {
  const groups = new Map<string, ScoredExample[]>();
  for (const example of examples) {
    const key = example.slices?.[dimension] ?? 'unknown';
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [example]);
    else group.push(example);
  }
  const result: Record<string, SliceMetrics> = {};
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key) ?? [];
    result[key] = { examples: group.length, accuracy: accuracy(group), macroF1: macroF1(group) };
  }
  return result;
}

/** The time-of-day slice of a local hour (0-23): the two school runs are their own slices. */
export function timeOfDayOf(localHour: number): string {
  if (localHour < 6) return 'night';
  if (localHour < 10) return 'morningCommute';
  if (localHour < 15) return 'daytime';
  if (localHour < 19) return 'afternoonCommute';
  return 'evening';
}
