import fc from 'fast-check';
import type { BenchmarkView } from '../benchmark/benchmark.state';
import { definition } from '../benchmark/benchmark.spec-fixtures';
import type { LeaderboardState } from './leaderboard.fold';
import { emptyLeaderboard, foldResult } from './leaderboard.fold';
import { leaderboardOf } from './leaderboard.view';
import type { ValidationResultRecord } from './validation-result';

const benchmark: BenchmarkView = { ...definition, releases: [{ city: 'incheon', releaseId: 'rel-inc' }, { city: 'barcelona', releaseId: 'rel-bcn' }] };
const passFail: BenchmarkView = { ...benchmark, benchmarkId: 'private-bench', sharingPolicy: 'passFail', minimumCities: 1 };
const result = (city: string, verdict: ValidationResultRecord['verdict'], overrides: Partial<ValidationResultRecord> = {}): ValidationResultRecord => ({
  runId: `run-${city}-${verdict}`,
  city,
  benchmarkId: benchmark.benchmarkId,
  solution: { solutionId: 'safewalk-guardian', version: '1.2.0', vendor: 'company-safewalk' },
  releaseId: `rel-${city}`,
  metrics: { macroF1: verdict === 'passed' ? 0.8 : 0.5 },
  verdict,
  criteriaVersion: benchmark.criteriaVersion,
  completedAt: 1000,
  ...overrides,
});
const fold = (results: readonly ValidationResultRecord[]): LeaderboardState => results.reduce(foldResult, emptyLeaderboard());

describe('leaderboard', () => {
  it('passes joint testing once the thresholds are met in the required number of cities, eligible in those cities', () => {
    const [row] = leaderboardOf(fold([result('incheon', 'passed'), result('barcelona', 'passed')]), [benchmark], 'incheon');
    expect(row).toEqual(
      expect.objectContaining({ solutionId: 'safewalk-guardian', version: '1.2.0', citiesPassed: ['barcelona', 'incheon'], minimumCities: 2, passesJointTesting: true, eligibleIn: ['barcelona', 'incheon'] }),
    );
    expect(row?.cities.map((c) => [c.city, c.verdict, c.metrics])).toEqual([
      ['barcelona', 'passed', { macroF1: 0.8 }],
      ['incheon', 'passed', { macroF1: 0.8 }],
    ]);
  });

  it('does not pass with one city of two, and is eligible nowhere', () => {
    const [row] = leaderboardOf(fold([result('incheon', 'passed'), result('barcelona', 'failed')]), [benchmark], 'incheon');
    expect(row).toEqual(expect.objectContaining({ citiesPassed: ['incheon'], passesJointTesting: false, eligibleIn: [] }));
  });

  it('keeps the latest result per city: a later failure replaces an earlier pass', () => {
    const results = [result('incheon', 'passed'), result('barcelona', 'passed'), result('barcelona', 'failed', { completedAt: 2000 })];
    expect(leaderboardOf(fold(results), [benchmark], 'incheon')[0]?.passesJointTesting).toBe(false);
  });

  it('counts only verdicts under the current criteria version', () => {
    const results = [result('incheon', 'passed'), result('barcelona', 'passed', { criteriaVersion: 'criteria-0' })];
    const [row] = leaderboardOf(fold(results), [benchmark], 'incheon');
    expect(row?.cities.find((c) => c.city === 'barcelona')?.current).toBe(false);
    expect(row?.passesJointTesting).toBe(false);
  });

  it('shows other cities only pass/fail on a passFail benchmark, the viewer its own metrics', () => {
    const results = [result('incheon', 'passed', { benchmarkId: 'private-bench' }), result('barcelona', 'failed', { benchmarkId: 'private-bench' })];
    const [row] = leaderboardOf(fold(results), [passFail], 'incheon');
    expect(row?.cities.map((c) => [c.city, c.verdict, c.metrics])).toEqual([
      ['barcelona', 'failed', null],
      ['incheon', 'passed', { macroF1: 0.8 }],
    ]);
    expect(row?.passesJointTesting).toBe(true);
  });

  it('leaves out results of benchmarks it does not know, and ranks passing solutions first', () => {
    const other = (city: string, verdict: ValidationResultRecord['verdict']) =>
      result(city, verdict, { runId: `other-${city}`, solution: { solutionId: 'aaa-detector', version: '0.1.0', vendor: 'company-aaa' } });
    const results = [other('incheon', 'failed'), result('incheon', 'passed'), result('barcelona', 'passed'), result('osaka', 'passed', { benchmarkId: 'unknown' })];
    expect(leaderboardOf(fold(results), [benchmark], 'barcelona').map((r) => r.solutionId)).toEqual(['safewalk-guardian', 'aaa-detector']);
  });

  it('gives the same leaderboard whatever the order results arrive in, and re-delivery changes nothing', () => {
    const arb = fc.array(
      fc.record({
        city: fc.constantFrom('incheon', 'barcelona', 'gwangju'),
        verdict: fc.constantFrom('passed' as const, 'failed' as const, 'inconclusive' as const),
        completedAt: fc.integer({ min: 0, max: 5 }),
        runId: fc.uuid(),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(arb, (specs) => {
        const results = specs.map((s) => result(s.city, s.verdict, { runId: s.runId, completedAt: s.completedAt }));
        const forward = fold(results);
        expect(fold([...results].reverse())).toEqual(forward);
        expect(fold([...results, ...results])).toEqual(forward);
        expect(leaderboardOf(fold([...results].reverse()), [benchmark], 'incheon')).toEqual(leaderboardOf(forward, [benchmark], 'incheon'));
      }),
    );
  });
});
