import { Module } from '@nestjs/common';
import { AnnotationAgreementService } from './application/annotation-agreement.service';
import { RuleLabellingService } from './application/rule-labelling.service';

/**
 * Labels with provenance. For now the pure services: rule labelling and annotator agreement; the annotation-task
 * store, the `safety.labels.v1` publisher and the HTTP API come with apps/labels (issue 11).
 */
@Module({ providers: [RuleLabellingService, AnnotationAgreementService], exports: [RuleLabellingService, AnnotationAgreementService] })
export class LabelsModule {}
