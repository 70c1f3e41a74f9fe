import { buildRows } from '../domain/build/build-rows';
import type { DatasetDefinition } from '../domain/definition/dataset-definition';
import type { SourceEvent, SourceLabel } from '../domain/rows/source-event';
import type { BuiltRows, RefusedRows, RowsBuilder } from './pipeline.ports';

const refusalText = { noRows: 'no event is left after the sources, filters and exclusions', targetsUnreachable: 'k and l cannot be reached within the maximum suppression' } as const;

/** The domain's `buildRows` as the application's rows builder: figures for the release, ids of the released events. */
export const domainRowsBuilder: RowsBuilder = {
  build(definition: DatasetDefinition, events: readonly SourceEvent[], labels: readonly SourceLabel[], excluded: ReadonlySet<string>): BuiltRows | RefusedRows {
    const outcome = buildRows(definition, events, labels, excluded);
    const a = outcome.report.anonymity;
    const figures = { k: a.k, l: a.l, input: a.input, released: a.released, suppressed: a.suppressed, suppressionRate: a.suppressionRate, informationLoss: a.informationLoss, generalisation: { ...a.generalisation } };
    if (!outcome.ok) {
      const best = outcome.reason === 'targetsUnreachable' ? ` (best: k=${a.k}, l=${a.l} with ${(a.suppressionRate * 100).toFixed(2)} % suppressed, allowed ${(definition.maxSuppression * 100).toFixed(2)} %)` : '';
      return { ok: false, best: figures, report: outcome.report, reasonCode: outcome.reason, reason: `${refusalText[outcome.reason]}${best}` };
    }
    return { ok: true, rows: outcome.rows, lineage: outcome.lineage, anonymity: figures, report: outcome.report, releasedEventIds: outcome.rows.map((r) => r.eventId), labelledRows: { ...outcome.report.labelled } };
  },
};
