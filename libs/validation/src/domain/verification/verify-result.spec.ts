import { verifyResult } from './verify-result';

const claim = { scorerVersion: 'usm-scorer-1', releaseSha256: 'a'.repeat(64), predictionsSha256: 'b'.repeat(64), metrics: { accuracy: 0.8, macroF1: 0.75 } };

describe('verifyResult', () => {
  it('verifies a result recomputed to the same hashes and metrics (float noise tolerated)', () => {
    expect(verifyResult(claim, { ...claim, metrics: { accuracy: 0.8 + 1e-12, macroF1: 0.75 } })).toEqual({ verified: true, problems: [] });
  });

  it('names a tampered predictions file by its hash', () => {
    expect(verifyResult(claim, { ...claim, predictionsSha256: 'c'.repeat(64) }).problems).toEqual([
      { what: 'predictionsSha256', published: 'b'.repeat(64), recomputed: 'c'.repeat(64) },
    ]);
  });

  it('names a doctored, missing or extra metric, and another scorer version', () => {
    const { verified, problems } = verifyResult(claim, { ...claim, scorerVersion: 'usm-scorer-2', metrics: { accuracy: 0.7, rocAuc: 0.9 } });
    expect(verified).toBe(false);
    expect(problems).toEqual([
      { what: 'scorerVersion', published: 'usm-scorer-1', recomputed: 'usm-scorer-2' },
      { what: 'metric', metric: 'accuracy', published: 0.8, recomputed: 0.7 },
      { what: 'metric', metric: 'macroF1', published: 0.75, recomputed: null },
      { what: 'metric', metric: 'rocAuc', published: null, recomputed: 0.9 },
    ]);
  });
});
