import type { Label } from '../label/label.model';
import type { AnnotationTaskCompleted } from './annotation-task.events';

/**
 * Each answer of a completed task as a human label to publish: the annotator by pseudonym, no version, confidence 1
 * (the guideline asks for a decision, not a degree). Ids come from the id port, so drafts have none.
 */
export function answersAsLabels(completed: AnnotationTaskCompleted['data'], city: string): Omit<Label, 'labelId'>[] {
  return completed.answers.map((answer) => ({
    eventId: completed.eventId,
    city,
    label: answer.label,
    provenance: {
      labellerKind: 'human',
      labellerId: answer.annotator,
      labellerVersion: null,
      confidence: 1,
      guidelineVersion: completed.guidelineVersion,
      labelledAt: answer.answeredAt,
    },
  }));
}
