import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import type { AnnotationTaskCommand } from './annotation-task.commands';
import { annotationTaskDecider } from './annotation-task.decider';
import { AnnotationErrorCode } from './annotation-task.errors';
import type { AnnotationTaskEvent } from './annotation-task.events';

const spec = DeciderSpecification.for(annotationTaskDecider);
const t0 = Date.UTC(2026, 4, 4, 9);
const taskId = 'task-e-1';
const taskSpec = { taskId, labelSetId: 'ls-incheon-1', eventId: 'e-1', labels: ['speedingNearSchool', 'noHazard'], requiredAnswers: 2, guidelineVersion: 'g-1' };
const meta = (now = t0) => ({ commandId: 'cmd', now: new Date(now), actor: 'svc' });
const openCommand = (overrides: Partial<typeof taskSpec> = {}): AnnotationTaskCommand => ({ type: 'OpenAnnotationTask', data: { ...taskSpec, ...overrides }, metadata: meta() });
const assignCommand = (annotator: string): AnnotationTaskCommand => ({ type: 'AssignAnnotationTask', data: { taskId, annotator }, metadata: meta() });
const answerCommand = (annotator: string, label: string, now = t0): AnnotationTaskCommand => ({ type: 'AnswerAnnotationTask', data: { taskId, annotator, label }, metadata: meta(now) });

const opened: AnnotationTaskEvent = { type: 'AnnotationTaskOpened', data: { ...taskSpec, openedAt: t0 } };
const assigned = (annotator: string): AnnotationTaskEvent => ({ type: 'AnnotationTaskAssigned', data: { taskId, annotator, assignedAt: t0 } });
const answered = (annotator: string, label: string, answeredAt = t0): AnnotationTaskEvent => ({ type: 'AnnotationTaskAnswered', data: { taskId, annotator, label, answeredAt } });
const both = [opened, assigned('psn-a'), assigned('psn-b')];
// The strings of the review that reached the shareable labels topic: a name with a phone number, a name with a passport number.
const nameAndPhone = 'Hong Gildong 010-9876-5432';
const nameAndPassport = 'Hong Gildong M12345678';
const violationsOf = (command: AnnotationTaskCommand, given: readonly AnnotationTaskEvent[] = []) => {
  try {
    annotationTaskDecider.decide(command, given.reduce(annotationTaskDecider.evolve, annotationTaskDecider.initialState()));
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected the command to be refused');
};

describe('Annotation task decider: OpenAnnotationTask', () => {
  it('given nothing, when opened, then AnnotationTaskOpened', () => {
    spec.given([]).when(openCommand()).then([opened]);
  });
  it('given an open task, when opened again with the same spec, then nothing happens', () => {
    spec.given([opened]).when(openCommand()).then([]);
  });
  it('given an open task, when opened with another spec, then refused', () => {
    spec.given([opened]).when(openCommand({ requiredAnswers: 3 })).thenThrows(RuleViolationError, AnnotationErrorCode.AlreadyOpened);
  });
  it.each([
    ['one annotator', { requiredAnswers: 1 }],
    ['one label', { labels: ['noHazard'] }],
    ['a label twice', { labels: ['noHazard', 'noHazard', 'speedingNearSchool'] }],
  ])('given nothing, when opened with %s, then a ValidationError', (_what, overrides) => {
    spec.given([]).when(openCommand(overrides)).thenThrows(ValidationError, AnnotationErrorCode.Invalid);
  });
  it('given nothing, when opened with a free-text label beside a taxonomy term, then refused naming the label and the taxonomy rule', () => {
    spec.given([]).when(openCommand({ labels: [nameAndPhone, 'noHazard'] })).thenThrows(ValidationError, AnnotationErrorCode.Invalid);
    const refused = violationsOf(openCommand({ labels: [nameAndPhone, 'noHazard'] }));
    expect(refused.violations.map(({ field, rule }) => ({ field, rule }))).toEqual([{ field: 'labels.0', rule: 'label.taxonomy' }]);
    expect(JSON.stringify(refused.violations)).not.toContain('Gildong');
  });
  it('given nothing, when opened with a guideline version that is free text, then refused naming the field and the version-token rule', () => {
    spec.given([]).when(openCommand({ guidelineVersion: nameAndPassport })).thenThrows(ValidationError, AnnotationErrorCode.Invalid);
    const refused = violationsOf(openCommand({ guidelineVersion: nameAndPassport }));
    expect(refused.violations.map(({ field, rule }) => ({ field, rule }))).toEqual([{ field: 'guidelineVersion', rule: 'version.token' }]);
    expect(JSON.stringify(refused.violations)).not.toContain('Gildong');
  });
  it('given nothing, when opened with taxonomy terms and a dotted guideline version, then AnnotationTaskOpened', () => {
    const spec2026 = { ...taskSpec, labels: ['childPedestrianOnCarriageway', 'noHazard'], guidelineVersion: 'child-commute-2026.1' };
    spec.given([]).when(openCommand(spec2026)).then([{ type: 'AnnotationTaskOpened', data: { ...spec2026, openedAt: t0 } }]);
  });
});

describe('Annotation task decider: AssignAnnotationTask', () => {
  it('given an open task, when handed to an annotator, then AnnotationTaskAssigned', () => {
    spec.given([opened]).when(assignCommand('psn-a')).then([assigned('psn-a')]);
  });
  it('given an assigned annotator, when assigned again, then nothing happens', () => {
    spec.given([opened, assigned('psn-a')]).when(assignCommand('psn-a')).then([]);
  });
  it('given every slot taken, when a third annotator is assigned, then refused', () => {
    spec.given(both).when(assignCommand('psn-c')).thenThrows(RuleViolationError, AnnotationErrorCode.FullyAssigned);
  });
  it('given no task, when assigned, then not found', () => {
    spec.given([]).when(assignCommand('psn-a')).thenThrows(NotFoundError, AnnotationErrorCode.NotFound);
  });
});

describe('Annotation task decider: AnswerAnnotationTask', () => {
  it('given two annotators, when the first answers, then AnnotationTaskAnswered only', () => {
    spec.given(both).when(answerCommand('psn-a', 'noHazard')).then([answered('psn-a', 'noHazard')]);
  });
  it('given one answer of two, when the second answers, then the task completes with both answers', () => {
    spec
      .given([...both, answered('psn-a', 'noHazard')])
      .when(answerCommand('psn-b', 'speedingNearSchool', t0 + 5))
      .then([
        answered('psn-b', 'speedingNearSchool', t0 + 5),
        {
          type: 'AnnotationTaskCompleted',
          data: {
            taskId,
            labelSetId: 'ls-incheon-1',
            eventId: 'e-1',
            guidelineVersion: 'g-1',
            answers: [
              { annotator: 'psn-a', label: 'noHazard', answeredAt: t0 },
              { annotator: 'psn-b', label: 'speedingNearSchool', answeredAt: t0 + 5 },
            ],
            completedAt: t0 + 5,
          },
        },
      ]);
  });
  it('given an answer, when the same answer is retried, then nothing happens, even once completed', () => {
    spec.given([...both, answered('psn-a', 'noHazard')]).when(answerCommand('psn-a', 'noHazard')).then([]);
    const completed = annotationTaskDecider.decide(answerCommand('psn-b', 'noHazard'), [...both, answered('psn-a', 'noHazard')].reduce(annotationTaskDecider.evolve, annotationTaskDecider.initialState()));
    spec.given([...both, answered('psn-a', 'noHazard'), ...completed]).when(answerCommand('psn-b', 'noHazard')).then([]);
  });
  it('given an answer, when the annotator changes it, then refused', () => {
    spec.given([...both, answered('psn-a', 'noHazard')]).when(answerCommand('psn-a', 'speedingNearSchool')).thenThrows(RuleViolationError, AnnotationErrorCode.AlreadyAnswered);
  });
  it('given a task, when someone not assigned answers, then refused', () => {
    spec.given(both).when(answerCommand('psn-z', 'noHazard')).thenThrows(RuleViolationError, AnnotationErrorCode.NotAssigned);
  });
  it('given a task, when the label is not offered, then refused', () => {
    spec.given(both).when(answerCommand('psn-a', 'carAccident')).thenThrows(RuleViolationError, AnnotationErrorCode.LabelNotOffered);
  });
  it('given a completed task, when a new annotator is assigned or answers differently, then refused as completed', () => {
    const done = [...both, answered('psn-a', 'noHazard'), answered('psn-b', 'noHazard'), { type: 'AnnotationTaskCompleted', data: { taskId, labelSetId: 'ls-incheon-1', eventId: 'e-1', guidelineVersion: 'g-1', answers: [], completedAt: t0 } } as AnnotationTaskEvent];
    spec.given(done).when(assignCommand('psn-c')).thenThrows(RuleViolationError, AnnotationErrorCode.Completed);
    spec.given(done).when(answerCommand('psn-b', 'speedingNearSchool')).thenThrows(RuleViolationError, AnnotationErrorCode.Completed);
  });
  it('given a task opened before labels were closed that offers free text, when an annotator answers with it, then refused by the taxonomy rule', () => {
    const legacy: AnnotationTaskEvent = { type: 'AnnotationTaskOpened', data: { ...taskSpec, labels: [nameAndPhone, 'noHazard'], openedAt: t0 } };
    spec.given([legacy, assigned('psn-a'), assigned('psn-b')]).when(answerCommand('psn-a', nameAndPhone)).thenThrows(ValidationError, AnnotationErrorCode.Invalid);
    const refused = violationsOf(answerCommand('psn-a', nameAndPhone), [legacy, assigned('psn-a'), assigned('psn-b')]);
    expect(refused.violations.map(({ field, rule }) => ({ field, rule }))).toEqual([{ field: 'label', rule: 'label.taxonomy' }]);
  });
  it('given no task, when answered, then not found', () => {
    spec.given([]).when(answerCommand('psn-a', 'noHazard')).thenThrows(NotFoundError, AnnotationErrorCode.NotFound);
  });
});

describe('Annotation task evolve', () => {
  it('ignores events before the task opened', () => {
    expect([assigned('psn-a'), answered('psn-a', 'noHazard')].reduce(annotationTaskDecider.evolve, annotationTaskDecider.initialState())).toEqual({ status: 'none' });
  });
});
