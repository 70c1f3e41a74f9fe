import type { TestLabel } from '../domain/predictions/prediction';
import { timeOfDayOf } from '../domain/scoring/slices';

/** One row of a release's test split as the datasets service writes it (Parquet column names). */
export type TestRow = Readonly<Record<string, unknown>>;

/** Columns that carry the answer: never sent to a company, never given to a model. */
export const answerColumns = ['subCategory', 'label', 'labelConfidence', 'labellerKind'] as const;

/** Columns a company receives per test event (the row's features), besides its `eventId`. */
export const featureColumns = ['city', 'sourceKind', 'category', 'severity', 'h3Cell', 'h3Resolution', 'timeBucketStart', 'timeBucketMinutes', 'ageBand', 'district'] as const;

/** A test event as a company or an inference endpoint sees it: its id and features, no label. */
export interface FeatureRecord {
  readonly eventId: string;
  readonly features: Readonly<Record<string, string | number | null>>;
}

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));

/**
 * The true label of a test row (ADR 0021): the label joined from `safety.labels.v1` when the release carries one
 * (a rule, human or model label chosen by the datasets build), else the event's FIWARE/mesh sub-category.
 */
export function groundTruthOf(row: TestRow): string {
  const label = text(row['label']);
  if (label !== null && label !== '') return label;
  const sub = text(row['subCategory']);
  if (sub === null || sub === '') throw new Error(`test row ${text(row['eventId']) ?? '?'} has neither a label nor a sub-category`);
  return sub;
}

/** Local hour of an epoch-ms instant in an IANA zone (the city's), for the time-of-day slice. */
export function localHourOf(epochMs: number, timeZone: string): number {
  const hour = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hourCycle: 'h23', timeZone }).format(new Date(epochMs));
  return Number(hour);
}

/** The slices a test row is scored under: district, time of day in the city's zone, category. */
export function slicesOf(row: TestRow, timeZone: string): Record<string, string> {
  const start = Number(row['timeBucketStart']);
  return {
    district: text(row['district']) ?? 'unknown',
    timeOfDay: Number.isFinite(start) ? timeOfDayOf(localHourOf(start, timeZone)) : 'unknown',
    category: text(row['category']) ?? 'unknown',
  };
}

/** What the company may see of a test row: the feature columns only, in a fixed order. */
export function featuresOf(row: TestRow): FeatureRecord {
  const features: Record<string, string | number | null> = {};
  for (const column of featureColumns) {
    const value = row[column];
    features[column] = value === undefined || value === null ? null : typeof value === 'number' ? value : String(value);
  }
  return { eventId: String(row['eventId']), features };
}

/** The city's answer key: one TestLabel per row, with its slices. */
export function testLabelsOf(rows: readonly TestRow[], timeZone: string): TestLabel[] {
  return rows.map((row) => ({ eventId: String(row['eventId']), label: groundTruthOf(row), slices: slicesOf(row, timeZone) }));
}

/** The feature records as JSON Lines, one test event a line, in the split's row order. */
export function featuresJsonLines(rows: readonly TestRow[]): string {
  return rows.map((row) => JSON.stringify(featuresOf(row))).join('\n') + (rows.length > 0 ? '\n' : '');
}
