import { Injectable } from '@nestjs/common';
import type { AnnotationAnswer } from '../domain/annotation/annotation-task.events';
import type { LabelSetAgreement } from '../domain/agreement/label-set-agreement';
import { labelSetAgreement } from '../domain/agreement/label-set-agreement';

/** Inter-annotator agreement of a label set's completed tasks. */
@Injectable()
export class AnnotationAgreementService {
  ofLabelSet(tasks: readonly { readonly answers: readonly AnnotationAnswer[] }[]): LabelSetAgreement {
    return labelSetAgreement(tasks);
  }
}
