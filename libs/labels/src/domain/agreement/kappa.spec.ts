import { ValidationError } from '@usm/errors';
import fc from 'fast-check';
import { cohensKappa } from './cohens-kappa';
import { fleissKappa, fleissKappaOfTable } from './fleiss-kappa';

const repeat = (label: string, times: number): string[] => Array.from({ length: times }, () => label);

describe("Cohen's kappa", () => {
  // Textbook 2x2 example (50 proposals, two readers): both yes 20, A yes/B no 5, A no/B yes 10, both no 15.
  // pₒ = (20 + 15) / 50 = 0.70; A says yes 25/50 = 0.5, B says yes 30/50 = 0.6;
  // pₑ = 0.5·0.6 + 0.5·0.4 = 0.50; κ = (0.70 − 0.50) / (1 − 0.50) = 0.40.
  const a = [...repeat('yes', 20), ...repeat('yes', 5), ...repeat('no', 10), ...repeat('no', 15)];
  const b = [...repeat('yes', 20), ...repeat('no', 5), ...repeat('yes', 10), ...repeat('no', 15)];

  it('gives 0.40 on the worked 2x2 example', () => {
    const result = cohensKappa(a, b);
    expect(result.observedAgreement).toBeCloseTo(0.7, 12);
    expect(result.expectedAgreement).toBeCloseTo(0.5, 12);
    expect(result.kappa).toBeCloseTo(0.4, 12);
  });

  it('gives 1 for perfect agreement and a negative kappa for systematic disagreement', () => {
    expect(cohensKappa(['x', 'y', 'z'], ['x', 'y', 'z']).kappa).toBeCloseTo(1, 12);
    // pₒ = 0; each rater 50/50, pₑ = 0.5; κ = (0 − 0.5) / 0.5 = −1.
    expect(cohensKappa(['x', 'y'], ['y', 'x']).kappa).toBeCloseTo(-1, 12);
  });

  it('is undefined (null) when both raters used one same label only', () => {
    expect(cohensKappa(['x', 'x'], ['x', 'x'])).toEqual({ kappa: null, observedAgreement: 1, expectedAgreement: 1 });
  });

  it('refuses raters with different items, or none', () => {
    expect(() => cohensKappa(['x'], ['x', 'y'])).toThrow(ValidationError);
    expect(() => cohensKappa([], [])).toThrow(expect.objectContaining({ details: expect.objectContaining({ rule: 'ratings.nonEmpty' }) }));
  });

  it('never exceeds 1 and is symmetric in the raters', () => {
    const labels = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(fc.array(fc.tuple(labels, labels), { minLength: 1, maxLength: 40 }), (pairs) => {
        const x = pairs.map((p) => p[0]);
        const y = pairs.map((p) => p[1]);
        const k = cohensKappa(x, y).kappa;
        if (k !== null) {
          expect(k).toBeLessThanOrEqual(1 + 1e-12);
          expect(cohensKappa(y, x).kappa).toBeCloseTo(k, 12);
        }
      }),
    );
  });
});

describe("Fleiss' kappa", () => {
  // Fleiss' textbook example as reproduced widely: 10 subjects, 14 raters, 5 categories.
  const table = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
  ];

  it('gives 0.210 on the worked 10 x 14 x 5 example', () => {
    // pⱼ = 20/140, 28/140, 39/140, 21/140, 32/140 → P̄ₑ = Σ pⱼ² = 0.2128;
    // P₁ = (14² − 14)/(14·13) = 1.000, P₂ = (4+36+16+4 − 14)/182 = 0.253, …; P̄ = 0.3780; κ = (0.3780 − 0.2128)/(1 − 0.2128) = 0.2099.
    const result = fleissKappaOfTable(table);
    expect(result.expectedAgreement).toBeCloseTo(0.21276, 5);
    expect(result.observedAgreement).toBeCloseTo(0.37802, 5);
    expect(result.kappa).toBeCloseTo(0.20993, 5);
  });

  it("equals Scott's pi with two raters: the 2x2 example gives (0.70 − 0.505)/(1 − 0.505) = 0.3939", () => {
    // Pooled yes share (25 + 30)/100 = 0.55, no 0.45; P̄ₑ = 0.55² + 0.45² = 0.505; P̄ = pₒ = 0.70.
    const subjects = [...repeat('yy', 20), ...repeat('yn', 5), ...repeat('ny', 10), ...repeat('nn', 15)].map((pair) => pair.split(''));
    expect(fleissKappa(subjects).kappa).toBeCloseTo(0.195 / 0.495, 12);
  });

  it('gives 1 when every rater agrees on every subject and more than one category is used', () => {
    expect(fleissKappa([['a', 'a', 'a'], ['b', 'b', 'b']]).kappa).toBeCloseTo(1, 12);
  });

  it('refuses subjects with different numbers of ratings, or a single rating', () => {
    expect(() => fleissKappa([['a', 'a'], ['a', 'b', 'b']])).toThrow(expect.objectContaining({ details: expect.objectContaining({ rule: 'ratings.sameRaterCount' }) }));
    expect(() => fleissKappa([['a'], ['b']])).toThrow(expect.objectContaining({ details: expect.objectContaining({ rule: 'ratings.atLeastTwoRaters' }) }));
  });
});
