import type { DomainEvent } from '@usm/event-sourcing';
import type { OpenAnnotationTask } from './annotation-task.commands';

type Key = { readonly taskId: string };

/** One annotator's answer, as kept on the task. */
export interface AnnotationAnswer {
  readonly annotator: string;
  readonly label: string;
  readonly answeredAt: number;
}

export type AnnotationTaskOpened = DomainEvent<'AnnotationTaskOpened', OpenAnnotationTask['data'] & { readonly openedAt: number }>;
export type AnnotationTaskAssigned = DomainEvent<'AnnotationTaskAssigned', Key & { readonly annotator: string; readonly assignedAt: number }>;
export type AnnotationTaskAnswered = DomainEvent<'AnnotationTaskAnswered', Key & AnnotationAnswer>;
/** Enough answers were taken: every answer, in the order given, for the label set's agreement. */
export type AnnotationTaskCompleted = DomainEvent<
  'AnnotationTaskCompleted',
  Key & {
    readonly labelSetId: string;
    readonly eventId: string;
    readonly guidelineVersion: string;
    readonly answers: readonly AnnotationAnswer[];
    readonly completedAt: number;
  }
>;

export type AnnotationTaskEvent = AnnotationTaskOpened | AnnotationTaskAssigned | AnnotationTaskAnswered | AnnotationTaskCompleted;
