import { comparePositions } from './source-position';
import type { LabellerKind, SourceLabel } from './source-event';

const kindRank: Readonly<Record<LabellerKind, number>> = { human: 3, model: 2, rule: 1 };

/**
 * Whether `a` beats `b` for the same event: a human label beats a model's, a model's beats a rule's; within a
 * kind the latest wins. Ties (same kind and time) go to the larger labelId, then the earlier position, so the
 * choice never depends on the order labels were read in.
 */
export function isPreferredLabel(a: SourceLabel, b: SourceLabel): boolean {
  const byKind = kindRank[a.labellerKind] - kindRank[b.labellerKind];
  if (byKind !== 0) return byKind > 0;
  if (a.labelledAt !== b.labelledAt) return a.labelledAt > b.labelledAt;
  if (a.labelId !== b.labelId) return a.labelId > b.labelId;
  return comparePositions(a.position, b.position) < 0;
}

/** The label each event gets under isPreferredLabel, by event id; labels from other topics are ignored. */
export function joinLabels(labels: readonly SourceLabel[], labelTopics: ReadonlySet<string>): Map<string, SourceLabel> {
  const chosen = new Map<string, SourceLabel>();
  for (const label of labels) {
    if (!labelTopics.has(label.position.topic)) continue;
    const current = chosen.get(label.eventId);
    if (current === undefined || isPreferredLabel(label, current)) chosen.set(label.eventId, label);
  }
  return chosen;
}
