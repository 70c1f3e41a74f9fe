import type { AnonymisedSafetyEvent } from '@usm/contracts';
import type { RuleSet } from '../domain/rule-set/rule-set.model';
import { evaluateRuleSet } from '../domain/rule-set/rule-set.evaluator';
import { annotationViewOf } from './annotation-view';
import { stableLabelId } from './label-ids';
import type { AnnotatableEvents, Clock, LabelPublisher, LabelStore, StoredLabel } from './ports';

/** What became of one anonymised event: labelled by rules (how many labels), or skipped (another city's). */
export type RuleLabellingOutcome = { readonly status: 'labelled'; readonly labels: number } | { readonly status: 'skipped' };

/**
 * Handles one of the city's anonymised events: keeps it for annotation, runs the city's rule set and publishes
 * its labels. Label ids derive from event, rule set, version and label, so a redelivery republishes the same ids.
 */
export class RuleLabellingHandler {
  constructor(
    private readonly city: string,
    private readonly ruleSet: RuleSet,
    private readonly events: AnnotatableEvents,
    private readonly publisher: LabelPublisher,
    private readonly store: LabelStore,
    private readonly clock: Clock,
  ) {}

  async handle(event: AnonymisedSafetyEvent): Promise<RuleLabellingOutcome> {
    if (event.city !== this.city) return { status: 'skipped' };
    await this.events.keep(annotationViewOf(event));
    const { ruleSet, version } = this.ruleSet;
    const labels: StoredLabel[] = evaluateRuleSet(this.ruleSet, event, this.clock.now().getTime()).map(({ ruleId, ...draft }) => ({
      ...draft,
      labelId: stableLabelId('rule', ruleSet, String(version), event.eventId, draft.label),
      ruleId,
      solutionId: null,
    }));
    await this.publisher.publish(labels);
    await this.store.save(labels);
    return { status: 'labelled', labels: labels.length };
  }
}
