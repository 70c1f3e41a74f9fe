/** What a published result claims, as far as a verifier holding the files can recompute it. */
export interface PublishedClaim {
  readonly scorerVersion: string;
  readonly releaseSha256: string;
  readonly predictionsSha256: string;
  readonly metrics: Readonly<Record<string, number>>;
}

/** One reason a result did not verify. */
export interface VerificationProblem {
  readonly what: 'scorerVersion' | 'releaseSha256' | 'predictionsSha256' | 'metric';
  readonly metric?: string;
  readonly published: string | number | null;
  readonly recomputed: string | number | null;
}

/** Relative tolerance on metrics: recomputation is deterministic, so only float formatting may differ. */
export const METRIC_TOLERANCE = 1e-9;

/**
 * Compares a published result with what the verifier recomputed from the files (their hashes, the metrics of the
 * same scorer version). A tampered predictions file shows as a hash problem; a doctored metric as a metric problem.
 */
export function verifyResult(published: PublishedClaim, recomputed: PublishedClaim): { verified: boolean; problems: VerificationProblem[] } {
  const problems: VerificationProblem[] = [];
  for (const what of ['scorerVersion', 'releaseSha256', 'predictionsSha256'] as const) {
    if (published[what] !== recomputed[what]) problems.push({ what, published: published[what], recomputed: recomputed[what] });
  }
  const names = [...new Set([...Object.keys(published.metrics), ...Object.keys(recomputed.metrics)])].sort();
  for (const metric of names) {
    const a = published.metrics[metric];
    const b = recomputed.metrics[metric];
    const close = a !== undefined && b !== undefined && Math.abs(a - b) <= METRIC_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
    if (!close) problems.push({ what: 'metric', metric, published: a ?? null, recomputed: b ?? null });
  }
  return { verified: problems.length === 0, problems };
}
