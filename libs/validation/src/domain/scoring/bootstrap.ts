import { quantileOfSorted } from './percentile';
import { scoringInputInvalid } from './scoring.errors';
import { seededRandom } from './seeded-random';

/** A percentile bootstrap interval around a metric's value on the full test set. */
export interface ConfidenceInterval {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
  readonly level: number;
  readonly resamples: number;
  readonly seed: number;
}

export interface BootstrapSettings {
  readonly resamples: number;
  readonly level: number;
  readonly seed: number;
}

export const defaultBootstrap: BootstrapSettings = { resamples: 1000, level: 0.95, seed: 20_260_301 };

/**
 * Percentile bootstrap: `resamples` samples of n items drawn with replacement by a seeded PRNG, the metric on each,
 * and the (1 − level)/2 and (1 + level)/2 quantiles of those values (type 7). Same items and seed, same interval.
 */
export function bootstrapInterval<T>(items: readonly T[], metric: (sample: readonly T[]) => number, settings: BootstrapSettings = defaultBootstrap): ConfidenceInterval {
  const { resamples, level, seed } = settings;
  if (items.length === 0) throw scoringInputInvalid('examples', 'examples.nonEmpty', 'at least one example to resample');
  if (!Number.isInteger(resamples) || resamples < 1) throw scoringInputInvalid('resamples', 'resamples.positive', 'a positive integer');
  if (!(level > 0 && level < 1)) throw scoringInputInvalid('level', 'level.range', 'strictly between 0 and 1');
  const random = seededRandom(seed);
  const values: number[] = [];
  for (let r = 0; r < resamples; r += 1) {
    const sample = Array.from({ length: items.length }, () => items[Math.floor(random() * items.length)] as T);
    values.push(metric(sample));
  }
  values.sort((a, b) => a - b);
  return { estimate: metric(items), lower: quantileOfSorted(values, (1 - level) / 2), upper: quantileOfSorted(values, (1 + level) / 2), level, resamples, seed };
}
