import { RuleViolationError, ValidationError } from '@usm/errors';
import { taxonomyTerm } from '../domain/taxonomy/child-commute-taxonomy';
import { stableLabelId } from './label-ids';
import type { AnnotatableEvents, Clock, LabelPublisher, LabelStore, SolutionRegistry, StoredLabel } from './ports';

/** A registered solution's labels on events of the city's anonymised stream. */
export interface ModelLabelsRequest {
  readonly solutionId: string;
  readonly version: string;
  readonly guidelineVersion: string;
  readonly labels: readonly { readonly eventId: string; readonly label: string; readonly confidence: number }[];
}

export const ModelLabelsErrorCode = {
  RegistryNotConfigured: 'LABELS.SOLUTION_REGISTRY_NOT_CONFIGURED',
  NotRegistered: 'LABELS.SOLUTION_NOT_REGISTERED',
  UnknownEvents: 'LABELS.EVENTS_NOT_OF_THIS_CITY',
} as const;

/** Takes model labels from a company's registered solution and publishes them with their provenance. */
export class ModelLabelsService {
  constructor(
    private readonly city: string,
    private readonly registry: SolutionRegistry | null,
    private readonly events: AnnotatableEvents,
    private readonly publisher: LabelPublisher,
    private readonly store: LabelStore,
    private readonly clock: Clock,
  ) {}

  async submit(request: ModelLabelsRequest, callerToken: string): Promise<StoredLabel[]> {
    if (!this.registry) {
      throw new RuleViolationError(ModelLabelsErrorCode.RegistryNotConfigured, 'model labels are refused: no validation service (solution registry) is configured for this node', { details: { rule: 'registry.configured' } });
    }
    const unknownTerms = request.labels.map((l, i) => ({ l, i })).filter(({ l }) => taxonomyTerm(l.label) === undefined);
    if (unknownTerms.length > 0) throw new ValidationError('LABELS.INVALID_REQUEST', unknownTerms.map(({ i }) => ({ field: `body.labels.${i}.label`, rule: 'label.taxonomy', message: 'a term of the child-commute taxonomy' })));
    const known = await this.events.known(request.labels.map((l) => l.eventId));
    const unknown = request.labels.filter((l) => !known.has(l.eventId)).length;
    if (unknown > 0) throw new RuleViolationError(ModelLabelsErrorCode.UnknownEvents, `${unknown} labels are on events that are not of ${this.city}'s anonymised stream`, { details: { rule: 'event.ownAnonymisedStream' } });
    if (!(await this.registry.isRegistered(request.solutionId, request.version, callerToken))) {
      throw new RuleViolationError(ModelLabelsErrorCode.NotRegistered, `solution ${request.solutionId} version ${request.version} is not registered with the validation service`, { details: { rule: 'solution.registered' } });
    }
    const labelledAt = this.clock.now().getTime();
    const labels: StoredLabel[] = request.labels.map((l) => ({
      labelId: stableLabelId('model', request.solutionId, request.version, l.eventId, l.label),
      eventId: l.eventId,
      city: this.city,
      label: l.label,
      provenance: { labellerKind: 'model', labellerId: request.solutionId, labellerVersion: request.version, confidence: l.confidence, guidelineVersion: request.guidelineVersion, labelledAt },
      ruleId: null,
      solutionId: request.solutionId,
    }));
    await this.publisher.publish(labels);
    await this.store.save(labels);
    return labels;
  }
}
