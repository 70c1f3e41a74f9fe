import type { DomainCommand } from '@usm/event-sourcing';

type Key = { readonly taskId: string };

/** Open a task asking `requiredAnswers` (>= 2) annotators to label one anonymised event with one of `labels`. */
export type OpenAnnotationTask = DomainCommand<
  'OpenAnnotationTask',
  Key & {
    readonly labelSetId: string;
    readonly eventId: string;
    readonly labels: readonly string[];
    readonly requiredAnswers: number;
    readonly guidelineVersion: string;
  }
>;
/** Hand the task to an annotator, known by pseudonym (the token's subject). */
export type AssignAnnotationTask = DomainCommand<'AssignAnnotationTask', Key & { readonly annotator: string }>;
/** An assigned annotator's answer. */
export type AnswerAnnotationTask = DomainCommand<'AnswerAnnotationTask', Key & { readonly annotator: string; readonly label: string }>;

export type AnnotationTaskCommand = OpenAnnotationTask | AssignAnnotationTask | AnswerAnnotationTask;
