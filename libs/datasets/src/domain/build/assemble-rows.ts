import type { AnonymityOutcome } from '../anonymity/anonymise';
import type { Generalisation } from '../anonymity/anonymity-report';
import type { DatasetDefinition } from '../definition/dataset-definition';
import type { DatasetRow, RowLineage, Split } from '../rows/dataset-row';
import type { LabellerKind, SourceEvent, SourceLabel } from '../rows/source-event';
import { splitOfFraction } from '../splits/split-of';
import type { BuildReport, SplitCounts } from './build-report';
import { orderRows, rowIdOf } from './row-order';

type Summary = Pick<BuildReport, 'splits' | 'splitsByCategory' | 'labelled' | 'policyVersions' | 'guidelineVersions'>;

interface AssemblyInput {
  readonly definition: DatasetDefinition;
  readonly events: readonly SourceEvent[];
  readonly labels: ReadonlyMap<string, SourceLabel>;
  readonly outcome: AnonymityOutcome;
  readonly fractions: Float64Array;
}

const noSplits = (): Record<Split, number> => ({ train: 0, validation: 0, test: 0 });

/** Published rows and their lineage in the total order, with the split, label and version summary. */
export function assembleRows(input: AssemblyInput): { rows: DatasetRow[]; lineage: RowLineage[]; summary: Summary } {
  const { definition, events, labels, outcome, fractions } = input;
  const order = orderRows(outcome.released, fractions, events.map((e) => e.eventId));
  const splits = noSplits();
  const byCategory: Record<string, Record<Split, number>> = {};
  const labelled: Record<LabellerKind, number> = { human: 0, model: 0, rule: 0 };
  const policies = new Set<string>();
  const guidelines = new Set<string>();
  const rows: DatasetRow[] = [];
  const lineage: RowLineage[] = [];
  for (const index of order) {
    const event = events[index] as SourceEvent;
    const label = labels.get(event.eventId);
    const split = splitOfFraction(fractions[index] ?? 0, definition.splits);
    const rowId = rowIdOf(split, splits[split]++);
    (byCategory[event.category] ??= noSplits())[split] += 1;
    if (label) labelled[label.labellerKind] += 1;
    policies.add(event.policyVersion);
    if (label) guidelines.add(label.guidelineVersion);
    rows.push(rowOf(rowId, split, event, label, outcome, index));
    lineage.push(lineageOf(rowId, event, label));
  }
  const sortedCategories = Object.fromEntries(Object.keys(byCategory).sort().map((c) => [c, byCategory[c] as SplitCounts]));
  return { rows, lineage, summary: { splits, splitsByCategory: sortedCategories, labelled, policyVersions: [...policies].sort(), guidelineVersions: [...guidelines].sort() } };
}

function lineageOf(rowId: string, event: SourceEvent, label: SourceLabel | undefined): RowLineage {
  const { city, topic, partition, offset } = event.position;
  if (label === undefined) return { rowId, event: { city, topic, partition, offset, eventId: event.eventId }, label: null };
  const at = label.position;
  return { rowId, event: { city, topic, partition, offset, eventId: event.eventId }, label: { city: at.city, topic: at.topic, partition: at.partition, offset: at.offset, labelId: label.labelId } };
}

// A quasi-identifier takes its generalised value; a column that is not one is published as sourced.
function rowOf(
  rowId: string,
  split: Split,
  event: SourceEvent,
  label: SourceLabel | undefined,
  outcome: AnonymityOutcome,
  index: number,
): DatasetRow {
  const applied: Generalisation = outcome.report.generalisation;
  const cell = outcome.valueOf('h3Cell', index);
  const bucket = outcome.valueOf('timeBucket', index);
  const h3Cell = cell === undefined ? event.h3Cell : String(cell);
  const age = outcome.valueOf('ageBand', index);
  const district = outcome.valueOf('district', index);
  return {
    rowId,
    eventId: event.eventId,
    city: event.city,
    sourceKind: event.sourceKind,
    category: event.category,
    subCategory: event.subCategory,
    severity: event.severity,
    h3Cell,
    h3Resolution: applied.h3Resolution === null ? event.h3Resolution : Math.min(event.h3Resolution, applied.h3Resolution),
    timeBucketStart: bucket === undefined ? event.occurredAtBucketStart : Number(bucket),
    timeBucketMinutes: applied.timeBucketMinutes ?? event.bucketWidthMinutes,
    ageBand: age === undefined ? event.ageBand : (age as string | null),
    district: district === undefined ? event.district : (district as string | null),
    label: label?.label ?? null,
    labelConfidence: label?.confidence ?? null,
    labellerKind: label?.labellerKind ?? null,
    split,
  };
}
