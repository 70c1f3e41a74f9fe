import { labelsOfMetrics, resultOfDocument } from './validation-verify';

describe('mesh validation verify: reading what the caller holds', () => {
  it('reads the run document GET /v1/runs answers, or a bare result, and refuses anything else', () => {
    const result = { runId: 'r1', metrics: { accuracy: 1 } };
    expect(resultOfDocument({ runId: 'r1', result, checks: [] })).toBe(result);
    expect(resultOfDocument(result)).toBe(result);
    expect(() => resultOfDocument({ hello: 'world' })).toThrow(/no validation result/);
  });

  it('takes the benchmark labels from the per-label metrics, sorted', () => {
    expect(labelsOfMetrics({ accuracy: 1, 'precision.trafficJam': 1, 'recall.trafficJam': 1, 'precision.carAccident': 0.5 })).toEqual(['carAccident', 'trafficJam']);
    expect(labelsOfMetrics({})).toEqual([]);
  });
});
