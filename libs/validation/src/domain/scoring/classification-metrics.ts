import type { ScoredExample } from './scored-example';
import { assertExamples, labelsOf } from './scored-example';

/** Precision, recall and F1 of one label, with its support (how many examples truly have it). */
export interface ClassMetrics {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

/** Share of examples predicted right. */
export function accuracy(examples: readonly ScoredExample[]): number {
  assertExamples(examples);
  return examples.filter((e) => e.actual === e.predicted).length / examples.length;
}

const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 0 : numerator / denominator);

/**
 * Per-label precision TP/(TP+FP) and recall TP/(TP+FN), F1 their harmonic mean. A ratio with a zero denominator
 * counts as 0 (scikit-learn's zero_division=0), so a label never predicted has precision 0.
 */
export function perClassMetrics(examples: readonly ScoredExample[], labels?: readonly string[]): Record<string, ClassMetrics> {
  assertExamples(examples);
  // One pass over the examples: the bootstrap calls this a thousand times per report.
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const countsOf = (label: string): { tp: number; fp: number; fn: number } => {
    const held = counts.get(label);
    if (held !== undefined) return held;
    const fresh = { tp: 0, fp: 0, fn: 0 };
    counts.set(label, fresh);
    return fresh;
  };
  for (const { actual, predicted } of examples) {
    if (actual === predicted) countsOf(actual).tp += 1;
    else {
      countsOf(predicted).fp += 1;
      countsOf(actual).fn += 1;
    }
  }
  const result: Record<string, ClassMetrics> = {};
  for (const label of labelsOf(examples, labels)) {
    const { tp, fp, fn } = counts.get(label) ?? { tp: 0, fp: 0, fn: 0 };
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    result[label] = { precision, recall, f1: ratio(2 * precision * recall, precision + recall), support: tp + fn };
  }
  return result;
}

/** Unweighted mean of per-label F1 over the labels scored, so rare hazards count as much as common ones. */
export function macroF1(examples: readonly ScoredExample[], labels?: readonly string[]): number {
  const perClass = Object.values(perClassMetrics(examples, labels));
  return perClass.reduce((sum, m) => sum + m.f1, 0) / perClass.length;
}
