import type { ScoredExample } from './scored-example';
import { labelsOf } from './scored-example';

/** Ranks 1..n of values, tied values sharing the mean of their ranks. */
function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.value === order[start]?.value) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k += 1) ranks[order[k]?.index ?? 0] = rank;
    start = end + 1;
  }
  return ranks;
}

/**
 * Binary ROC-AUC by the Mann-Whitney statistic: the probability that a random positive scores above a random
 * negative, a tie counting one half. Null when there is no positive or no negative.
 */
export function binaryRocAuc(positiveScores: readonly number[], negativeScores: readonly number[]): number | null {
  const p = positiveScores.length;
  const n = negativeScores.length;
  if (p === 0 || n === 0) return null;
  const ranks = averageRanks([...positiveScores, ...negativeScores]);
  const positiveRankSum = ranks.slice(0, p).reduce((sum, r) => sum + r, 0);
  return (positiveRankSum - (p * (p + 1)) / 2) / (p * n);
}

/**
 * One-vs-rest ROC-AUC, macro-averaged over the labels that have both positives and negatives. Null when any
 * example lacks scores (predictions without scores cannot be ranked) or no label qualifies.
 */
export function rocAucOneVsRest(examples: readonly ScoredExample[], labels?: readonly string[]): number | null {
  if (examples.length === 0 || examples.some((e) => e.scores === undefined)) return null;
  const aucs = labelsOf(examples, labels)
    .map((label) => {
      const score = (e: ScoredExample): number => e.scores?.[label] ?? 0;
      return binaryRocAuc(examples.filter((e) => e.actual === label).map(score), examples.filter((e) => e.actual !== label).map(score));
    })
    .filter((auc): auc is number => auc !== null);
  return aucs.length === 0 ? null : aucs.reduce((sum, auc) => sum + auc, 0) / aucs.length;
}
