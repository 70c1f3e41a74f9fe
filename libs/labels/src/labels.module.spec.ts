import { Test } from '@nestjs/testing';
import { AnnotationAgreementService } from './application/annotation-agreement.service';
import { RuleLabellingService } from './application/rule-labelling.service';
import { LabelsModule } from './labels.module';

describe('LabelsModule', () => {
  it('provides rule labelling and agreement', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [LabelsModule] }).compile();
    const rules = moduleRef.get(RuleLabellingService);
    const ruleSet = rules.load('ruleSet: r\nversion: 1\ncity: incheon\nguidelineVersion: g\ntimeZone: Asia/Seoul\nrules:\n  - { id: all, label: noHazard, confidence: 0.2 }\n');
    const event = { eventId: 'e', city: 'incheon', category: 'traffic', subCategory: 'trafficJam', severity: 'low', occurredAtBucketStart: 0, h3Cell: '8a30c6ad8547fff', h3Resolution: 10 } as const;
    expect(rules.label(ruleSet, event, 5).map((l) => l.label)).toEqual(['noHazard']);
    const answers = (x: string, y: string) => ({ answers: [{ annotator: 'a', label: x, answeredAt: 0 }, { annotator: 'b', label: y, answeredAt: 0 }] });
    expect(moduleRef.get(AnnotationAgreementService).ofLabelSet([answers('p', 'p'), answers('q', 'q')]).kappa).toBeCloseTo(1, 12);
  });
});
