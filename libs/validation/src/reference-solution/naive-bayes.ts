/** A training or test example of the reference solution: categorical features (category, severity, time of day…). */
export interface FeatureExample {
  readonly features: Readonly<Record<string, string>>;
  readonly label: string;
}

/** The trained model as plain JSON, so its bytes can be hashed as the solution's artifact. */
export interface NaiveBayesModel {
  readonly kind: 'categoricalNaiveBayes';
  readonly smoothing: number;
  readonly classCounts: Readonly<Record<string, number>>;
  /** counts[feature][label][value]. */
  readonly counts: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, number>>>>>>;
  /** Distinct values seen per feature, for the smoothing denominator. */
  readonly values: Readonly<Record<string, readonly string[]>>;
}

/** Trains a categorical naive Bayes with Laplace smoothing (α = `smoothing`) on a train split. */
export function trainNaiveBayes(examples: readonly FeatureExample[], smoothing = 1): NaiveBayesModel {
  const classCounts: Record<string, number> = {};
  const counts: Record<string, Record<string, Record<string, number>>> = {};
  const values: Record<string, Set<string>> = {};
  for (const { features, label } of examples) {
    classCounts[label] = (classCounts[label] ?? 0) + 1;
    for (const [feature, value] of Object.entries(features)) {
      const perLabel = ((counts[feature] ??= {})[label] ??= {});
      perLabel[value] = (perLabel[value] ?? 0) + 1;
      (values[feature] ??= new Set()).add(value);
    }
  }
  const sortedValues = Object.fromEntries(Object.entries(values).map(([feature, set]) => [feature, [...set].sort()]));
  return { kind: 'categoricalNaiveBayes', smoothing, classCounts, counts, values: sortedValues };
}

/**
 * P(label | features) ∝ P(label) · Πᵢ (count(featureᵢ = value, label) + α) / (count(label) + α·|valuesᵢ|),
 * computed in log space and normalised; features the model never saw are ignored.
 */
export function predictNaiveBayes(model: NaiveBayesModel, features: Readonly<Record<string, string>>): { label: string; scores: Record<string, number> } {
  const total = Object.values(model.classCounts).reduce((sum, n) => sum + n, 0);
  const logScores = Object.entries(model.classCounts).map(([label, n]) => {
    let log = Math.log(n / total);
    for (const [feature, value] of Object.entries(features)) {
      const seen = model.values[feature];
      if (seen === undefined) continue;
      const count = model.counts[feature]?.[label]?.[value] ?? 0;
      log += Math.log((count + model.smoothing) / (n + model.smoothing * seen.length));
    }
    return [label, log] as const;
  });
  const max = Math.max(...logScores.map(([, log]) => log));
  const sum = logScores.reduce((acc, [, log]) => acc + Math.exp(log - max), 0);
  const scores = Object.fromEntries(logScores.map(([label, log]) => [label, Math.exp(log - max) / sum]));
  const label = [...logScores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
  return { label, scores };
}
