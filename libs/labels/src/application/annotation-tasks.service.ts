import { randomUUID } from 'node:crypto';
import type { CommandHandler, EventStore } from '@usm/event-sourcing';
import { NotFoundError, RuleViolationError } from '@usm/errors';
import type { AnonymisedSafetyEvent } from '@usm/contracts';
import type { AnnotationTaskCommand } from '../domain/annotation/annotation-task.commands';
import { annotationTaskDecider } from '../domain/annotation/annotation-task.decider';
import { AnnotationErrorCode } from '../domain/annotation/annotation-task.errors';
import type { AnnotationTaskEvent } from '../domain/annotation/annotation-task.events';
import { evolveAnnotationTask } from '../domain/annotation/annotation-task.evolve';
import type { AnnotationTaskState } from '../domain/annotation/annotation-task.state';
import { annotationViewOf } from './annotation-view';
import { stableLabelId } from './label-ids';
import type { AnnotatableEvents, Clock, LabelPublisher, LabelStore, StoredLabel, TaskRow, TaskSets } from './ports';

export const annotationTaskStream = (taskId: string): string => `annotationtask-${taskId}`;

/** A task handed to an annotator: the anonymised event (without pseudonyms) and the labels to choose from. */
export interface HandedTask {
  readonly taskId: string;
  readonly taskSetId: string;
  readonly labels: readonly string[];
  readonly guidelineVersion: string;
  readonly event: AnonymisedSafetyEvent;
}

/** Hands tasks of a set to annotators and takes their answers; each answer is published as a human label. */
export class AnnotationTasks {
  constructor(
    private readonly city: string,
    private readonly handler: CommandHandler,
    private readonly eventStore: EventStore,
    private readonly sets: TaskSets,
    private readonly events: AnnotatableEvents,
    private readonly publisher: LabelPublisher,
    private readonly store: LabelStore,
    private readonly clock: Clock,
  ) {}

  /** The annotator's next task of the set (the one already handed to them first), or undefined when none is left. */
  async next(taskSetId: string, annotator: string): Promise<HandedTask | undefined> {
    const set = await this.sets.get(taskSetId);
    if (!set) throw new NotFoundError('LABELS.TASK_SET_NOT_FOUND', `no task set ${taskSetId}`, { details: { field: 'taskSetId' } });
    for (const candidate of await this.sets.candidates(taskSetId, annotator, set.requiredAnswers)) {
      try {
        await this.run(candidate, { type: 'AssignAnnotationTask', data: { taskId: candidate.taskId, annotator }, metadata: this.metadata(annotator) });
      } catch (error) {
        // Another annotator took the last slot meanwhile: try the next task.
        if (error instanceof RuleViolationError && error.code === AnnotationErrorCode.FullyAssigned) continue;
        throw error;
      }
      const event = await this.events.get(candidate.eventId);
      if (!event) throw new NotFoundError('LABELS.EVENT_NOT_FOUND', `no anonymised event ${candidate.eventId}`, { details: { field: 'eventId' } });
      // Stripped again on the way out: whatever was kept, an annotator never sees a pseudonym.
      return { taskId: candidate.taskId, taskSetId, labels: set.labels, guidelineVersion: set.guidelineVersion, event: annotationViewOf(event) };
    }
    return undefined;
  }

  /** Takes the annotator's one answer; publishes it as a human label (the pseudonym is the token subject). */
  async answer(taskId: string, annotator: string, label: string): Promise<StoredLabel> {
    const row = await this.sets.task(taskId);
    if (!row) throw new NotFoundError(AnnotationErrorCode.NotFound, `no annotation task ${taskId}`, { details: { taskId } });
    const set = await this.sets.get(row.taskSetId);
    const events = await this.run(row, { type: 'AnswerAnnotationTask', data: { taskId, annotator, label }, metadata: this.metadata(annotator) });
    const given = (await this.sets.task(taskId))?.answers.find((a) => a.annotator === annotator);
    const answeredAt = events.find((e) => e.type === 'AnnotationTaskAnswered')?.data.answeredAt ?? given?.answeredAt ?? this.clock.now().getTime();
    const human: StoredLabel = {
      labelId: stableLabelId('human', taskId, annotator),
      eventId: row.eventId,
      city: this.city,
      label: given?.label ?? label,
      provenance: { labellerKind: 'human', labellerId: annotator, labellerVersion: null, confidence: 1, guidelineVersion: set?.guidelineVersion ?? '', labelledAt: answeredAt },
      ruleId: null,
      solutionId: null,
    };
    // Published again on a repeated answer: the same label id, so a publish lost after the append is made good.
    await this.publisher.publish([human]);
    await this.store.save([human]);
    return human;
  }

  private metadata(actor: string): AnnotationTaskCommand['metadata'] {
    return { commandId: randomUUID(), now: this.clock.now(), actor };
  }

  /** Runs a command on the task's stream, then folds the stream into the read row (a row only moves forward). */
  private async run(row: TaskRow, command: AnnotationTaskCommand): Promise<readonly AnnotationTaskEvent[]> {
    const stream = annotationTaskStream(row.taskId);
    const result = await this.handler.handleCommand(annotationTaskDecider, stream, command, { retriesOnConflict: 3 });
    const events = result.events as readonly AnnotationTaskEvent[];
    if (events.length === 0) return events;
    const { events: all, version } = await this.eventStore.readStream<AnnotationTaskEvent>(stream);
    const state = all.reduce<AnnotationTaskState>(evolveAnnotationTask, annotationTaskDecider.initialState());
    if (state.status !== 'none') await this.sets.update({ ...row, status: state.status, assigned: state.assigned, answers: state.answers, version });
    return events;
  }
}
