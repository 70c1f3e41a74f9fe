import { labelViolations } from '../label/label.rules';
import { answersAsLabels } from './answers-as-labels';

describe('answersAsLabels', () => {
  it('turns each answer into a valid human label with the annotator pseudonym and the guideline version', () => {
    const labels = answersAsLabels(
      {
        taskId: 't',
        labelSetId: 'ls',
        eventId: 'e-1',
        guidelineVersion: 'g-2',
        answers: [
          { annotator: 'psn-a', label: 'noHazard', answeredAt: 10 },
          { annotator: 'psn-b', label: 'speedingNearSchool', answeredAt: 20 },
        ],
        completedAt: 20,
      },
      'barcelona',
    );
    expect(labels[1]).toEqual({
      eventId: 'e-1',
      city: 'barcelona',
      label: 'speedingNearSchool',
      provenance: { labellerKind: 'human', labellerId: 'psn-b', labellerVersion: null, confidence: 1, guidelineVersion: 'g-2', labelledAt: 20 },
    });
    expect(labels.flatMap((label) => labelViolations({ ...label, labelId: 'x' }))).toEqual([]);
  });
});
