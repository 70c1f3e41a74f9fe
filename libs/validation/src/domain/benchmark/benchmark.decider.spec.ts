import { foldEvents } from '@usm/event-sourcing';
import { DeciderSpecification } from '@usm/event-sourcing/testing';
import { NotFoundError, RuleViolationError, ValidationError } from '@usm/errors';
import { benchmarkDecider } from './benchmark.decider';
import { BenchmarkErrorCode } from './benchmark.errors';
import { adoptCommand, adopted, defineCommand, defined, definition, retireCommand, retired, reviseCommand, t0 } from './benchmark.spec-fixtures';

const spec = DeciderSpecification.for(benchmarkDecider);

describe('Benchmark decider: DefineBenchmark', () => {
  it('given nothing, when defined, then BenchmarkDefined', () => {
    spec.given([]).when(defineCommand()).then([defined]);
  });
  it('given a benchmark, when defined again identically, then nothing; differently, refused', () => {
    spec.given([defined, adopted('incheon', 'rel-1')]).when(defineCommand()).then([]);
    spec.given([defined]).when(defineCommand({ minimumCities: 3 })).thenThrows(RuleViolationError, BenchmarkErrorCode.AlreadyDefined);
  });
  it.each([
    ['an unknown metric', { thresholds: [{ metric: 'auc', direction: 'atLeast' as const, value: 0.8 }] }, 'metric.known'],
    ['recall of a label not scored', { thresholds: [{ metric: 'recall.flood', direction: 'atLeast' as const, value: 0.8 }] }, 'metric.known'],
    ['no thresholds', { thresholds: [] }, 'thresholds.nonEmpty'],
    ['zero cities', { minimumCities: 0 }, 'minimumCities.positive'],
    ['one label', { labels: ['noHazard'] }, 'labels.distinct'],
    ['an unknown sharing policy', { sharingPolicy: 'some' as never }, 'sharingPolicy.enum'],
  ])('given nothing, when defined with %s, then a ValidationError naming the rule', (_what, overrides, rule) => {
    spec.given([]).when(defineCommand(overrides)).thenThrows(ValidationError, BenchmarkErrorCode.Invalid);
    expect(() => benchmarkDecider.decide(defineCommand(overrides), benchmarkDecider.initialState())).toThrow(expect.objectContaining({ details: expect.objectContaining({ rule }) }));
  });
});

describe('Benchmark decider: AdoptBenchmark', () => {
  it('given a benchmark, when two cities adopt it on their own releases, then each is recorded', () => {
    spec.given([defined]).when(adoptCommand('incheon', 'rel-inc-7')).then([adopted('incheon', 'rel-inc-7')]);
    const state = foldEvents(benchmarkDecider, [defined, adopted('incheon', 'rel-inc-7'), adopted('barcelona', 'rel-bcn-3'), adopted('incheon', 'rel-inc-8')]);
    expect(state.status === 'active' && state.benchmark.releases).toEqual([
      { city: 'barcelona', releaseId: 'rel-bcn-3' },
      { city: 'incheon', releaseId: 'rel-inc-8' },
    ]);
  });
  it('given an adoption, when repeated, then nothing happens', () => {
    spec.given([defined, adopted('incheon', 'rel-1')]).when(adoptCommand('incheon', 'rel-1')).then([]);
  });
  it('given a benchmark, when adopted without a release, then a ValidationError', () => {
    spec.given([defined]).when(adoptCommand('incheon', ' ')).thenThrows(ValidationError, BenchmarkErrorCode.Invalid);
  });
  it('given nothing, when adopted, then not found; given retired, refused', () => {
    spec.given([]).when(adoptCommand('incheon', 'rel-1')).thenThrows(NotFoundError, BenchmarkErrorCode.NotFound);
    spec.given([defined, retired]).when(adoptCommand('incheon', 'rel-1')).thenThrows(RuleViolationError, BenchmarkErrorCode.Retired);
  });
});

describe('Benchmark decider: revising and retiring', () => {
  it('given a benchmark, when thresholds are revised under a new criteria version, then BenchmarkThresholdsRevised', () => {
    const thresholds = [{ metric: 'macroF1', direction: 'atLeast' as const, value: 0.75 }];
    spec.given([defined]).when(reviseCommand('criteria-2', thresholds)).then([
      { type: 'BenchmarkThresholdsRevised', data: { benchmarkId: definition.benchmarkId, thresholds, criteriaVersion: 'criteria-2', revisedAt: t0 } },
    ]);
  });
  it('given a benchmark, when revised under the same criteria version, then refused', () => {
    spec.given([defined]).when(reviseCommand('criteria-1')).thenThrows(RuleViolationError, BenchmarkErrorCode.SameCriteriaVersion);
  });
  it('given a benchmark, when retired, then BenchmarkRetired; retired again, refused', () => {
    spec.given([defined]).when(retireCommand).then([retired]);
    spec.given([defined, retired]).when(retireCommand).thenThrows(RuleViolationError, BenchmarkErrorCode.Retired);
  });
});
