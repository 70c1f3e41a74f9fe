import type { SplitRatios } from '../definition/dataset-definition';
import type { Split } from '../rows/dataset-row';
import { createSplitHash } from './split-hash';

/** The split of a hash fraction: train below `train`, validation below `train + validation`, test above. */
export function splitOfFraction(fraction: number, ratios: Pick<SplitRatios, 'train' | 'validation'>): Split {
  if (fraction < ratios.train) return 'train';
  return fraction < ratios.train + ratios.validation ? 'validation' : 'test';
}

/** The split of one event; the same for every version built with the same seed and ratios. */
export function splitOf(eventId: string, ratios: SplitRatios): Split {
  return splitOfFraction(createSplitHash(ratios.seed)(eventId), ratios);
}
