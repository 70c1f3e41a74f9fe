import { accuracy } from '../domain/scoring/classification-metrics';
import { predictNaiveBayes, trainNaiveBayes } from './naive-bayes';

describe('reference naive Bayes', () => {
  // Train: A with f=x twice; B with f=y once and f=x once. Priors ½, ½; α = 1, f has 2 values.
  // P(x|A) = (2+1)/(2+2) = 3/4, P(x|B) = (1+1)/(2+2) = 1/2 → for f=x: A ∝ ½·¾ = 0.375, B ∝ ½·½ = 0.25
  // → P(A|x) = 0.375/0.625 = 0.6, P(B|x) = 0.4.
  const model = trainNaiveBayes([
    { features: { f: 'x' }, label: 'A' },
    { features: { f: 'x' }, label: 'A' },
    { features: { f: 'y' }, label: 'B' },
    { features: { f: 'x' }, label: 'B' },
  ]);

  it('gives the hand-computed posterior on the worked example', () => {
    const { label, scores } = predictNaiveBayes(model, { f: 'x' });
    expect(label).toBe('A');
    expect(scores['A']).toBeCloseTo(0.6, 12);
    expect(scores['B']).toBeCloseTo(0.4, 12);
  });

  it('favours B for f=y: A ∝ ½·¼, B ∝ ½·½ → P(B|y) = 2/3', () => {
    expect(predictNaiveBayes(model, { f: 'y' }).scores['B']).toBeCloseTo(2 / 3, 12);
  });

  it('ignores features it never saw and is plain JSON (hashable as an artifact)', () => {
    expect(predictNaiveBayes(model, { f: 'x', colour: 'red' }).scores['A']).toBeCloseTo(0.6, 12);
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('learns a separable rule well enough to beat chance on held-out data', () => {
    const example = (i: number) => {
      const zone = i % 2 === 0 ? 'in' : 'out';
      const severity = ['low', 'medium', 'high'][i % 3] ?? 'low';
      return { features: { zone, severity }, label: zone === 'in' && severity !== 'low' ? 'speedingNearSchool' : 'noHazard' };
    };
    const trained = trainNaiveBayes(Array.from({ length: 60 }, (_, i) => example(i)));
    const test = Array.from({ length: 30 }, (_, i) => example(i + 1000));
    const scored = test.map((e, i) => ({ eventId: `e${i}`, actual: e.label, predicted: predictNaiveBayes(trained, e.features).label }));
    expect(accuracy(scored)).toBeGreaterThanOrEqual(0.8);
  });
});
