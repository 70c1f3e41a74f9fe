import type { FeatureRecord, NaiveBayesModel, TestRow } from '@usm/validation';
import { groundTruthOf, predictNaiveBayes, sha256Hex, slicesOf, trainNaiveBayes } from '@usm/validation';

/** The categorical features the reference solution uses, from a row or from the features a city sends. */
export function modelFeaturesOf(features: Readonly<Record<string, unknown>>, timeZone: string): Record<string, string> {
  const slices = slicesOf(features, timeZone);
  const text = (key: string): string => (features[key] === null || features[key] === undefined ? 'none' : String(features[key]));
  return { category: text('category'), severity: text('severity'), sourceKind: text('sourceKind'), district: slices['district'] ?? 'unknown', ageBand: text('ageBand'), timeOfDay: slices['timeOfDay'] ?? 'unknown', h3Cell: text('h3Cell') };
}

/** A trained reference model, its JSON and the SHA-256 of that JSON (the solution's artifact hash). */
export interface ReferenceModel {
  readonly model: NaiveBayesModel;
  readonly artifactSha256: string;
}

/** Trains the baseline on a train split's rows (their ground truth per ADR 0021). */
export function trainReference(rows: readonly TestRow[], timeZone: string): ReferenceModel {
  const model = trainNaiveBayes(rows.map((row) => ({ features: modelFeaturesOf(row, timeZone), label: groundTruthOf(row) })));
  return { model, artifactSha256: sha256Hex(JSON.stringify(model)) };
}

/** One answer of the hosted contract: the label and a score per label the model knows. */
export function answer(reference: ReferenceModel, instance: FeatureRecord, timeZone: string): { eventId: string; label: string; scores: Record<string, number> } {
  const { label, scores } = predictNaiveBayes(reference.model, modelFeaturesOf(instance.features, timeZone));
  return { eventId: instance.eventId, label, scores };
}
