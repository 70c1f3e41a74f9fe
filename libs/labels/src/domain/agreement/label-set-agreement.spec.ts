import { labelSetAgreement } from './label-set-agreement';

const task = (...answers: [string, string][]) => ({ answers: answers.map(([annotator, label]) => ({ annotator, label, answeredAt: 0 })) });

describe('labelSetAgreement', () => {
  it("uses Cohen's kappa when the same two annotators answered every task, whatever their order", () => {
    // A: x x y y, B: x y y y → pₒ = 3/4; pₑ = 0.5·0.25 + 0.5·0.75 = 0.5; κ = 0.25/0.5 = 0.5.
    const tasks = [task(['a', 'x'], ['b', 'x']), task(['b', 'y'], ['a', 'x']), task(['a', 'y'], ['b', 'y']), task(['a', 'y'], ['b', 'y'])];
    const result = labelSetAgreement(tasks);
    expect(result.method).toBe('cohen');
    expect(result.kappa).toBeCloseTo(0.5, 12);
    expect(result).toEqual(expect.objectContaining({ subjects: 4, ratersPerSubject: 2 }));
  });

  it("uses Fleiss' kappa when annotators vary from task to task", () => {
    const tasks = [task(['a', 'x'], ['b', 'x']), task(['c', 'y'], ['d', 'y'])];
    expect(labelSetAgreement(tasks)).toEqual(expect.objectContaining({ method: 'fleiss', kappa: 1, ratersPerSubject: 2 }));
  });
});
