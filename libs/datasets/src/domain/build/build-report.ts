import type { AnonymityReport } from '../anonymity/anonymity-report';
import type { Split } from '../rows/dataset-row';
import type { LabellerKind } from '../rows/source-event';

/** How many events went where on the way from the snapshot to the rows. */
export interface BuildCounts {
  /** Events handed to the build. */
  readonly read: number;
  /** Events withdrawn or retracted (the `excluded` set). */
  readonly excluded: number;
  /** Events from a topic not in the sources or outside the filters. */
  readonly outsideFilters: number;
  /** Second copies of an event id (the copy at the lowest position is kept). */
  readonly duplicates: number;
  /** Events that entered the anonymity search. */
  readonly input: number;
  readonly suppressed: number;
  readonly released: number;
}

export type SplitCounts = Readonly<Record<Split, number>>;

export interface BuildReport {
  readonly counts: BuildCounts;
  readonly anonymity: AnonymityReport;
  readonly splits: SplitCounts;
  /** Released rows per category and split: how close the keyed-hash split comes to the ratios per stratum. */
  readonly splitsByCategory: Readonly<Record<string, SplitCounts>>;
  /** Released rows that carry a label, per labeller kind of the chosen label. */
  readonly labelled: Readonly<Record<LabellerKind, number>>;
  /** Distinct anonymisation policy versions and labelling guideline versions of the released rows, sorted. */
  readonly policyVersions: readonly string[];
  readonly guidelineVersions: readonly string[];
  /** Lattice nodes evaluated by the search. */
  readonly evaluatedNodes: number;
}

export type BuildRefusalReason = 'noRows' | 'targetsUnreachable';
