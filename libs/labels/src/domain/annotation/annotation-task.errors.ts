import { NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import type { FieldViolation } from '@usm/errors';

export const AnnotationErrorCode = {
  Invalid: 'LABELS.ANNOTATION_TASK_INVALID',
  NotFound: 'LABELS.ANNOTATION_TASK_NOT_FOUND',
  AlreadyOpened: 'LABELS.ANNOTATION_TASK_ALREADY_OPENED',
  Completed: 'LABELS.ANNOTATION_TASK_COMPLETED',
  FullyAssigned: 'LABELS.ANNOTATION_TASK_FULLY_ASSIGNED',
  NotAssigned: 'LABELS.ANNOTATOR_NOT_ASSIGNED',
  AlreadyAnswered: 'LABELS.ANNOTATOR_ALREADY_ANSWERED',
  LabelNotOffered: 'LABELS.LABEL_NOT_OFFERED',
} as const;
export type AnnotationErrorCode = (typeof AnnotationErrorCode)[keyof typeof AnnotationErrorCode];

// Details never carry the annotator pseudonym: a refusal is shown to one person and logged.
export const annotationRefused = (code: AnnotationErrorCode, message: string): RuleViolationError =>
  new RuleViolationError(code, message, { details: { rule: code } });

export const annotationInvalid = (violations: readonly FieldViolation[]): ValidationError => new ValidationError(AnnotationErrorCode.Invalid, violations);

export const annotationTaskNotFound = (taskId: string): NotFoundError =>
  new NotFoundError(AnnotationErrorCode.NotFound, `no annotation task ${taskId}`, { details: { taskId } });
