import { joinPredictions } from './join-predictions';
import { PredictionsError } from './predictions.errors';
import { parsePredictions } from './predictions.parser';

const labels = ['speedingNearSchool', 'noHazard'];

function violationsOf(work: () => unknown) {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(PredictionsError);
    return (error as PredictionsError).predictionViolations.map(({ line, field, rule }) => ({ line, field, rule }));
  }
  throw new Error('expected a refusal');
}

describe('parsePredictions', () => {
  it('reads JSON Lines with optional scores, skipping blank lines', () => {
    const text = '{"eventId":"e1","label":"noHazard","scores":{"noHazard":0.9,"speedingNearSchool":0.1}}\n\n{"eventId":"e2","label":"speedingNearSchool"}\n';
    expect(parsePredictions(text, labels)).toEqual([
      { eventId: 'e1', label: 'noHazard', scores: { noHazard: 0.9, speedingNearSchool: 0.1 } },
      { eventId: 'e2', label: 'speedingNearSchool' },
    ]);
  });

  it('refuses naming line, field and rule of every bad line', () => {
    const text = ['{"eventId":"e1","label":"flood"}', 'nope', '{"eventId":"e2","label":"noHazard","scores":{"noHazard":1.5}}', '{"eventId":"e3","label":"noHazard"}', '{"eventId":"e3","label":"noHazard"}', '[1]'].join('\n');
    expect(violationsOf(() => parsePredictions(text, labels))).toEqual([
      { line: 1, field: 'label', rule: 'label.benchmark' },
      { line: 2, field: 'line', rule: 'json.syntax' },
      { line: 3, field: 'scores', rule: 'scores.perLabel' },
      { line: 5, field: 'eventId', rule: 'eventId.unique' },
      { line: 6, field: 'line', rule: 'prediction.object' },
    ]);
  });
});

describe('joinPredictions', () => {
  const tests = [
    { eventId: 'e1', label: 'noHazard', slices: { district: 'Buk-gu' } },
    { eventId: 'e2', label: 'speedingNearSchool' },
  ];

  it('pairs each test event with its prediction, in test order', () => {
    expect(joinPredictions(tests, [{ eventId: 'e2', label: 'noHazard' }, { eventId: 'e1', label: 'noHazard', scores: { noHazard: 1 } }])).toEqual([
      { eventId: 'e1', actual: 'noHazard', predicted: 'noHazard', scores: { noHazard: 1 }, slices: { district: 'Buk-gu' } },
      { eventId: 'e2', actual: 'speedingNearSchool', predicted: 'noHazard' },
    ]);
  });

  it('refuses a partial upload and predictions for events outside the split', () => {
    expect(violationsOf(() => joinPredictions(tests, [{ eventId: 'e1', label: 'noHazard' }, { eventId: 'x', label: 'noHazard' }]))).toEqual([
      { line: undefined, field: 'eventId', rule: 'prediction.missing' },
      { line: undefined, field: 'eventId', rule: 'prediction.unknownEvent' },
    ]);
  });
});
