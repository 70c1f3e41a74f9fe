import type { AnonymityInput } from '../anonymity/anonymise';
import { anonymise } from '../anonymity/anonymise';
import type { DatasetDefinition } from '../definition/dataset-definition';
import type { DatasetRow, RowLineage } from '../rows/dataset-row';
import { joinLabels } from '../rows/label-join';
import type { SourceEvent, SourceLabel } from '../rows/source-event';
import { createSplitHash } from '../splits/split-hash';
import type { BuildRefusalReason, BuildReport } from './build-report';
import { assembleRows } from './assemble-rows';
import { selectEvents } from './select-events';

export type BuildOutcome =
  | { readonly ok: true; readonly rows: readonly DatasetRow[]; readonly lineage: readonly RowLineage[]; readonly report: BuildReport }
  | { readonly ok: false; readonly reason: BuildRefusalReason; readonly report: BuildReport };

function sensitiveOf(definition: DatasetDefinition, event: SourceEvent, label: SourceLabel | undefined): string | null {
  return definition.sensitiveColumn === 'label' ? (label?.label ?? null) : event[definition.sensitiveColumn];
}

function anonymityInputOf(definition: DatasetDefinition, events: readonly SourceEvent[], labels: ReadonlyMap<string, SourceLabel>): AnonymityInput {
  return {
    h3Cell: events.map((e) => e.h3Cell),
    h3Resolution: events.map((e) => e.h3Resolution),
    timeBucketStart: events.map((e) => e.occurredAtBucketStart),
    timeBucketMinutes: events.map((e) => e.bucketWidthMinutes),
    ageBand: events.map((e) => e.ageBand),
    district: events.map((e) => e.district),
    sensitive: events.map((e) => sensitiveOf(definition, e, labels.get(e.eventId))),
  };
}

/**
 * Rows of a release from a fixed snapshot, pure and deterministic: excluded ids out, sources and filters applied,
 * duplicates collapsed, labels joined (isPreferredLabel), k-anonymity and l-diversity by the least-loss
 * generalisation and suppression, keyed-hash splits, and the total order of orderRows. The same definition and
 * inputs in any order give identical rows. Refused, with the figures, when there is nothing to release or the
 * targets cannot be met within maxSuppression. Pseudonyms never reach a row.
 */
export function buildRows(
  definition: DatasetDefinition,
  events: readonly SourceEvent[],
  labels: readonly SourceLabel[],
  excluded: ReadonlySet<string>,
): BuildOutcome {
  const selected = selectEvents(definition, events, excluded);
  const chosenLabels = joinLabels(labels, new Set(definition.sources.labels));
  const outcome = anonymise(anonymityInputOf(definition, selected.events, chosenLabels), definition.quasiIdentifiers, definition);
  const splitHash = createSplitHash(definition.splits.seed);
  const fractions = outcome.ok ? Float64Array.from(selected.events, (e) => splitHash(e.eventId)) : new Float64Array(selected.events.length);
  const assembled = assembleRows({ definition, events: selected.events, labels: chosenLabels, outcome, fractions });
  const report: BuildReport = {
    ...assembled.summary,
    counts: {
      read: events.length,
      excluded: selected.excluded,
      outsideFilters: selected.outsideFilters,
      duplicates: selected.duplicates,
      input: selected.events.length,
      suppressed: outcome.report.suppressed,
      released: assembled.rows.length,
    },
    anonymity: outcome.report,
    evaluatedNodes: outcome.evaluatedNodes,
  };
  if (selected.events.length === 0) return { ok: false, reason: 'noRows', report };
  if (!outcome.ok) return { ok: false, reason: 'targetsUnreachable', report };
  return { ok: true, rows: assembled.rows, lineage: assembled.lineage, report };
}
