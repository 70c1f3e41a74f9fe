import type { Decider } from '@usm/event-sourcing';
import type { FieldViolation } from '@usm/errors';
import { isLabelTerm, isVersionToken, labelTermMessage, labelTermRule, versionTokenMessage, versionTokenRule } from '../label/label-tokens';
import type { AnnotationTaskCommand, AnswerAnnotationTask, AssignAnnotationTask, OpenAnnotationTask } from './annotation-task.commands';
import { AnnotationErrorCode, annotationInvalid, annotationRefused, annotationTaskNotFound } from './annotation-task.errors';
import type { AnnotationTaskEvent } from './annotation-task.events';
import { evolveAnnotationTask, initialAnnotationTaskState } from './annotation-task.evolve';
import type { AnnotationTaskState } from './annotation-task.state';

export const initialState = initialAnnotationTaskState;
export const evolve = evolveAnnotationTask;

type Open = Extract<AnnotationTaskState, { status: 'open' }>;

function openTask(state: AnnotationTaskState, taskId: string): Open {
  if (state.status === 'none') throw annotationTaskNotFound(taskId);
  if (state.status === 'completed') throw annotationRefused(AnnotationErrorCode.Completed, 'the task has all the answers it asked for');
  return state;
}

/**
 * Opens a task; agreement needs at least two annotators per event, and at least two labels to choose from. The
 * labels are taxonomy terms and the guideline version a token: both end up in human labels on the shareable topic.
 */
export function open(command: OpenAnnotationTask, state: AnnotationTaskState): readonly AnnotationTaskEvent[] {
  const { data } = command;
  const found: FieldViolation[] = [];
  if (!Number.isInteger(data.requiredAnswers) || data.requiredAnswers < 2) found.push({ field: 'requiredAnswers', rule: 'requiredAnswers.atLeastTwo', message: 'an integer of at least 2' });
  if (new Set(data.labels).size < 2 || new Set(data.labels).size !== data.labels.length) found.push({ field: 'labels', rule: 'labels.distinctChoice', message: 'at least two distinct labels' });
  data.labels.forEach((label, i) => {
    if (!isLabelTerm(label)) found.push({ field: `labels.${i}`, rule: labelTermRule, message: labelTermMessage });
  });
  if (!isVersionToken(data.guidelineVersion)) found.push({ field: 'guidelineVersion', rule: versionTokenRule, message: versionTokenMessage });
  if (data.eventId.trim() === '') found.push({ field: 'eventId', rule: 'eventId.required', message: 'must not be empty' });
  if (found.length > 0) throw annotationInvalid(found);
  if (state.status !== 'none') {
    if (JSON.stringify(state.spec) === JSON.stringify(data)) return [];
    throw annotationRefused(AnnotationErrorCode.AlreadyOpened, `task ${data.taskId} is already open with another spec`);
  }
  return [{ type: 'AnnotationTaskOpened', data: { ...data, openedAt: command.metadata.now.getTime() } }];
}

/** Hands the task out; at most as many annotators as answers required; assigning the same annotator again is a no-op. */
export function assign(command: AssignAnnotationTask, state: AnnotationTaskState): readonly AnnotationTaskEvent[] {
  const task = openTask(state, command.data.taskId);
  const { taskId, annotator } = command.data;
  if (task.assigned.includes(annotator)) return [];
  if (task.assigned.length >= task.spec.requiredAnswers) throw annotationRefused(AnnotationErrorCode.FullyAssigned, 'every annotator slot of the task is taken');
  return [{ type: 'AnnotationTaskAssigned', data: { taskId, annotator, assignedAt: command.metadata.now.getTime() } }];
}

/** Takes an assigned annotator's one answer; the last required answer completes the task. */
export function answer(command: AnswerAnnotationTask, state: AnnotationTaskState): readonly AnnotationTaskEvent[] {
  const { taskId, annotator, label } = command.data;
  // Checked first: a task opened before labels were closed to the taxonomy may still offer free text.
  if (!isLabelTerm(label)) throw annotationInvalid([{ field: 'label', rule: labelTermRule, message: labelTermMessage }]);
  if (state.status === 'completed' && state.answers.some((a) => a.annotator === annotator && a.label === label)) return [];
  const task = openTask(state, taskId);
  if (!task.assigned.includes(annotator)) throw annotationRefused(AnnotationErrorCode.NotAssigned, 'the task was not handed to this annotator');
  const previous = task.answers.find((a) => a.annotator === annotator);
  if (previous !== undefined) {
    if (previous.label === label) return [];
    throw annotationRefused(AnnotationErrorCode.AlreadyAnswered, 'an annotator answers a task once');
  }
  if (!task.spec.labels.includes(label)) throw annotationRefused(AnnotationErrorCode.LabelNotOffered, `the task offers ${task.spec.labels.filter(isLabelTerm).join(', ')}`);
  const answeredAt = command.metadata.now.getTime();
  const answered: AnnotationTaskEvent = { type: 'AnnotationTaskAnswered', data: { taskId, annotator, label, answeredAt } };
  const answers = [...task.answers, { annotator, label, answeredAt }];
  if (answers.length < task.spec.requiredAnswers) return [answered];
  const { labelSetId, eventId, guidelineVersion } = task.spec;
  return [answered, { type: 'AnnotationTaskCompleted', data: { taskId, labelSetId, eventId, guidelineVersion, answers, completedAt: answeredAt } }];
}

export function decide(command: AnnotationTaskCommand, state: AnnotationTaskState): readonly AnnotationTaskEvent[] {
  switch (command.type) {
    case 'OpenAnnotationTask':
      return open(command, state);
    case 'AssignAnnotationTask':
      return assign(command, state);
    case 'AnswerAnnotationTask':
      return answer(command, state);
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

/** One event's human annotation task as a decider. */
export const annotationTaskDecider: Decider<AnnotationTaskCommand, AnnotationTaskEvent, AnnotationTaskState> = { initialState, evolve, decide };
