import type { ValidationResult } from '@usm/contracts';
import { releaseDigestOf, sha256Hex } from './digests';
import { evaluate, shareableResult, verifyAgainstFiles } from './evaluation';
import { featuresOf, groundTruthOf, slicesOf } from './test-split';

const at = (hourUtc: number) => Date.UTC(2026, 10, 2, hourUtc);
const row = (eventId: string, subCategory: string, district: string, label: string | null = null) => ({
  eventId, rowId: `test-${eventId}`, city: 'incheon', sourceKind: 'cctvAnalytics', category: 'traffic', subCategory, severity: 'high',
  h3Cell: '89308a', h3Resolution: 9, timeBucketStart: at(23), timeBucketMinutes: 15, ageBand: null, district, label, labelConfidence: label ? 0.9 : null, labellerKind: label ? 'human' : null, split: 'test',
});
const rows = [row('e1', 'carAccident', 'a'), row('e2', 'carAccident', 'a'), row('e3', 'trafficJam', 'b'), row('e4', 'hazardOnRoad', 'b', 'trafficJam')];
const labels = ['carAccident', 'trafficJam'];
const lines = (answers: readonly [string, string, number][]) => answers.map(([eventId, label, p]) => JSON.stringify({ eventId, label, scores: { [label]: p, [labels.find((l) => l !== label) as string]: 1 - p } })).join('\n') + '\n';
// e4's joined human label (trafficJam) overrides its sub-category: every answer but e2's is right.
const predictions = lines([['e1', 'carAccident', 0.9], ['e2', 'trafficJam', 0.6], ['e3', 'trafficJam', 0.8], ['e4', 'trafficJam', 0.7]]);
const files = [{ path: 'test.parquet', sha256: 'ab'.repeat(32) }];

describe('the test split as the city scores it', () => {
  it('takes a joined label as ground truth, else the sub-category', () => {
    expect(rows.map(groundTruthOf)).toEqual(['carAccident', 'carAccident', 'trafficJam', 'trafficJam']);
  });

  it('hands a company the features without any answer column', () => {
    const { eventId, features } = featuresOf(rows[3] as (typeof rows)[number]);
    expect(eventId).toBe('e4');
    expect(Object.keys(features)).toEqual(['city', 'sourceKind', 'category', 'severity', 'h3Cell', 'h3Resolution', 'timeBucketStart', 'timeBucketMinutes', 'ageBand', 'district']);
  });

  it('judges the time of day in the city\'s zone: 23:00 UTC is 08:00 in Seoul, the morning school run', () => {
    expect(slicesOf(rows[0] as (typeof rows)[number], 'Asia/Seoul')).toEqual({ district: 'a', timeOfDay: 'morningCommute', category: 'traffic' });
    expect(slicesOf(rows[0] as (typeof rows)[number], 'UTC')['timeOfDay']).toBe('evening');
  });
});

describe('evaluate', () => {
  const evaluation = evaluate({ rows, predictionsJsonl: predictions, benchmark: { labels, thresholds: [{ metric: 'accuracy', direction: 'atLeast', value: 0.8 }] }, releaseFiles: files, timeZone: 'Asia/Seoul' });

  it('scores by hand: 3 of 4 right, per-class precision and recall, slices by district', () => {
    expect(evaluation.metrics['accuracy']).toBe(0.75);
    // carAccident: precision 1/1, recall 1/2, F1 2/3; trafficJam: precision 2/3, recall 2/2, F1 0.8.
    expect(evaluation.metrics['precision.carAccident']).toBe(1);
    expect(evaluation.metrics['recall.carAccident']).toBe(0.5);
    expect(evaluation.metrics['macroF1']).toBeCloseTo((2 / 3 + 0.8) / 2, 12);
    expect(evaluation.metrics['slice.district.a.accuracy']).toBe(0.5);
    expect(evaluation.metrics['slice.district.b.accuracy']).toBe(1);
    expect(evaluation.metrics['slice.district.b.examples']).toBe(2);
  });

  it('fails the verdict under the accuracy threshold and names what makes it verifiable', () => {
    expect(evaluation.verdict).toBe('failed');
    expect(evaluation.predictionsSha256).toBe(sha256Hex(predictions));
    expect(evaluation.releaseSha256).toBe(releaseDigestOf(files));
    expect(evaluation.scorerVersion).toBe('usm-scorer-1');
  });
});

describe('verifyAgainstFiles and what travels', () => {
  const evaluation = evaluate({ rows, predictionsJsonl: predictions, benchmark: { labels, thresholds: [] }, releaseFiles: files, timeZone: 'UTC', latenciesMs: [5, 9, 7, 6] });
  const result = {
    runId: 'r', city: 'incheon', solution: { solutionId: 's', version: '1', vendor: 'v' }, releaseId: 'rel', metrics: evaluation.metrics, verdict: 'passed', criteriaVersion: 'c',
    startedAt: 1, completedAt: 2, benchmarkId: 'b', mode: 'hosted', scorerVersion: evaluation.scorerVersion, releaseFiles: files, releaseSha256: evaluation.releaseSha256,
    predictionsSha256: evaluation.predictionsSha256, sharing: 'full', examples: 4,
  } satisfies ValidationResult;
  const verify = (over: Partial<Parameters<typeof verifyAgainstFiles>[0]> = {}) => verifyAgainstFiles({ result, rows, predictionsJsonl: predictions, labels, releaseFiles: files, timeZone: 'UTC', ...over });

  it('verifies the files it was computed from; measured latency is taken as published', () => {
    expect(result.metrics['latencyP99Ms']).toBe(9);
    expect(verify()).toMatchObject({ verified: true, problems: [] });
  });

  it('fails on a tampered predictions file, with the hash and the metrics that moved', () => {
    const tampered = predictions.replace('"eventId":"e2","label":"trafficJam"', '"eventId":"e2","label":"carAccident"');
    const outcome = verify({ predictionsJsonl: tampered });
    expect(outcome.verified).toBe(false);
    expect(outcome.problems.map((p) => (p.what === 'metric' ? p.metric : p.what))).toEqual(expect.arrayContaining(['predictionsSha256', 'accuracy']));
  });

  it('fails on other release files, and on a doctored metric', () => {
    expect(verify({ releaseFiles: [{ path: 'test.parquet', sha256: 'cd'.repeat(32) }] }).problems).toEqual([expect.objectContaining({ what: 'releaseSha256' })]);
    expect(verify({ result: { ...result, metrics: { ...result.metrics, accuracy: 0.9 } } }).problems).toEqual([expect.objectContaining({ what: 'metric', metric: 'accuracy', published: 0.9, recomputed: 0.75 })]);
  });

  it('sends no metric to partners under a passFail policy, and keeps them under full', () => {
    expect(shareableResult({ ...result, sharing: 'passFail' })).toMatchObject({ metrics: {}, verdict: 'passed', predictionsSha256: result.predictionsSha256 });
    expect(shareableResult(result).metrics).toBe(result.metrics);
  });
});
