import { randomUUID } from 'node:crypto';
import type { CommandHandler } from '@usm/event-sourcing';
import { NotFoundError, RuleViolationError } from '@usm/errors';
import { annotationTaskDecider } from '../domain/annotation/annotation-task.decider';
import type { OpenAnnotationTask } from '../domain/annotation/annotation-task.commands';
import type { LabelSetAgreement } from '../domain/agreement/label-set-agreement';
import { labelSetAgreement } from '../domain/agreement/label-set-agreement';
import { annotationTaskStream } from './annotation-tasks.service';
import { stableLabelId } from './label-ids';
import type { AnnotatableEvents, Clock, EventFilter, TaskRow, TaskSet, TaskSets } from './ports';

/** What the labelling lead asks for: up to `size` events matching the filter, each answered `requiredAnswers` times. */
export interface TaskSetRequest {
  readonly labels: readonly string[];
  readonly requiredAnswers: number;
  readonly guidelineVersion: string;
  readonly filter: EventFilter;
  readonly size: number;
}

/** A task set's progress and agreement: kappa over its completed tasks (null until one is completed). */
export interface TaskSetAgreement {
  readonly taskSetId: string;
  readonly tasks: number;
  readonly completed: number;
  readonly answers: number;
  readonly agreement: LabelSetAgreement | null;
}

/** Task sets: created by the labelling lead over the city's kept anonymised events, measured for agreement. */
export class TaskSetsService {
  constructor(
    private readonly handler: CommandHandler,
    private readonly sets: TaskSets,
    private readonly events: AnnotatableEvents,
    private readonly clock: Clock,
  ) {}

  async create(request: TaskSetRequest, lead: string): Promise<{ taskSet: TaskSet; tasks: TaskRow[] }> {
    const eventIds = await this.events.pick(request.filter, request.size);
    if (eventIds.length === 0) throw new RuleViolationError('LABELS.NO_EVENTS_TO_ANNOTATE', 'no anonymised event of this city matches the filter', { details: { rule: 'filter.matchesEvents' } });
    const now = this.clock.now();
    const taskSet: TaskSet = { taskSetId: randomUUID(), labels: request.labels, requiredAnswers: request.requiredAnswers, guidelineVersion: request.guidelineVersion, filter: request.filter, createdBy: lead, createdAt: now.getTime() };
    const tasks: TaskRow[] = [];
    for (const [position, eventId] of eventIds.entries()) {
      const taskId = stableLabelId('task', taskSet.taskSetId, eventId);
      const command: OpenAnnotationTask = {
        type: 'OpenAnnotationTask',
        data: { taskId, labelSetId: taskSet.taskSetId, eventId, labels: request.labels, requiredAnswers: request.requiredAnswers, guidelineVersion: request.guidelineVersion },
        metadata: { commandId: `open-${taskId}`, now, actor: lead },
      };
      const result = await this.handler.handleCommand(annotationTaskDecider, annotationTaskStream(taskId), command);
      tasks.push({ taskId, taskSetId: taskSet.taskSetId, eventId, position, status: 'open', assigned: [], answers: [], version: result.nextVersion });
    }
    await this.sets.create(taskSet, tasks);
    return { taskSet, tasks };
  }

  async agreement(taskSetId: string): Promise<TaskSetAgreement> {
    if (!(await this.sets.get(taskSetId))) throw new NotFoundError('LABELS.TASK_SET_NOT_FOUND', `no task set ${taskSetId}`, { details: { field: 'taskSetId' } });
    const tasks = await this.sets.tasks(taskSetId);
    const completed = tasks.filter((t) => t.status === 'completed');
    return {
      taskSetId,
      tasks: tasks.length,
      completed: completed.length,
      answers: tasks.reduce((sum, t) => sum + t.answers.length, 0),
      agreement: completed.length === 0 ? null : labelSetAgreement(completed),
    };
  }
}
