import type { Decider } from '@usm/event-sourcing';
import type { AdoptBenchmark, BenchmarkCommand, DefineBenchmark, ReviseBenchmarkThresholds } from './benchmark.commands';
import { BenchmarkErrorCode, benchmarkInvalid, benchmarkNotFound, benchmarkRefused } from './benchmark.errors';
import type { BenchmarkEvent } from './benchmark.events';
import { benchmarkViolations, thresholdViolations } from './benchmark.rules';
import type { BenchmarkState, BenchmarkView } from './benchmark.state';

export const initialState = (): BenchmarkState => ({ status: 'none' });

/** Folds one benchmark event into the state; an event that does not fit is ignored, never thrown. */
export function evolve(state: BenchmarkState, event: BenchmarkEvent): BenchmarkState {
  switch (event.type) {
    case 'BenchmarkDefined': {
      if (state.status !== 'none') return state;
      const { definedAt: _at, ...definition } = event.data;
      return { status: 'active', benchmark: { ...definition, releases: [] } };
    }
    case 'BenchmarkAdopted': {
      if (state.status !== 'active') return state;
      const { city, releaseId } = event.data;
      const releases = [...state.benchmark.releases.filter((r) => r.city !== city), { city, releaseId }];
      return { status: 'active', benchmark: { ...state.benchmark, releases } };
    }
    case 'BenchmarkThresholdsRevised': {
      if (state.status !== 'active') return state;
      const { thresholds, criteriaVersion } = event.data;
      return { status: 'active', benchmark: { ...state.benchmark, thresholds, criteriaVersion } };
    }
    case 'BenchmarkRetired':
      return state.status === 'active' ? { status: 'retired', benchmark: state.benchmark } : state;
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
}

function active(state: BenchmarkState, benchmarkId: string): BenchmarkView {
  if (state.status === 'none') throw benchmarkNotFound(benchmarkId);
  if (state.status === 'retired') throw benchmarkRefused(BenchmarkErrorCode.Retired, `benchmark ${benchmarkId} is retired`);
  return state.benchmark;
}

export function define(command: DefineBenchmark, state: BenchmarkState): readonly BenchmarkEvent[] {
  const violations = benchmarkViolations(command.data);
  if (violations.length > 0) throw benchmarkInvalid(violations);
  if (state.status !== 'none') {
    const { releases: _releases, ...definition } = state.benchmark;
    if (JSON.stringify(definition) === JSON.stringify(command.data)) return [];
    throw benchmarkRefused(BenchmarkErrorCode.AlreadyDefined, `benchmark ${command.data.benchmarkId} exists: revise its thresholds instead`);
  }
  return [{ type: 'BenchmarkDefined', data: { ...command.data, definedAt: command.metadata.now.getTime() } }];
}

export function adopt(command: AdoptBenchmark, state: BenchmarkState): readonly BenchmarkEvent[] {
  const benchmark = active(state, command.data.benchmarkId);
  const { benchmarkId, city, releaseId } = command.data;
  if (!/^[a-z][a-z0-9-]*$/.test(city) || releaseId.trim() === '') {
    throw benchmarkInvalid([{ field: releaseId.trim() === '' ? 'releaseId' : 'city', rule: 'adoption.required', message: 'a city id and a release id' }]);
  }
  if (benchmark.releases.some((r) => r.city === city && r.releaseId === releaseId)) return [];
  return [{ type: 'BenchmarkAdopted', data: { benchmarkId, city, releaseId, adoptedAt: command.metadata.now.getTime() } }];
}

export function revise(command: ReviseBenchmarkThresholds, state: BenchmarkState): readonly BenchmarkEvent[] {
  const benchmark = active(state, command.data.benchmarkId);
  const { benchmarkId, thresholds, criteriaVersion } = command.data;
  const violations = thresholdViolations(thresholds, benchmark.labels);
  if (violations.length > 0) throw benchmarkInvalid(violations);
  if (criteriaVersion === benchmark.criteriaVersion) throw benchmarkRefused(BenchmarkErrorCode.SameCriteriaVersion, 'new thresholds need a new criteria version');
  return [{ type: 'BenchmarkThresholdsRevised', data: { benchmarkId, thresholds, criteriaVersion, revisedAt: command.metadata.now.getTime() } }];
}

export function decide(command: BenchmarkCommand, state: BenchmarkState): readonly BenchmarkEvent[] {
  switch (command.type) {
    case 'DefineBenchmark':
      return define(command, state);
    case 'AdoptBenchmark':
      return adopt(command, state);
    case 'ReviseBenchmarkThresholds':
      return revise(command, state);
    case 'RetireBenchmark': {
      active(state, command.data.benchmarkId);
      const { benchmarkId, reason } = command.data;
      return [{ type: 'BenchmarkRetired', data: { benchmarkId, reason, retiredAt: command.metadata.now.getTime() } }];
    }
    default: {
      const unexpected: never = command;
      return unexpected;
    }
  }
}

/** A benchmark as a decider. */
export const benchmarkDecider: Decider<BenchmarkCommand, BenchmarkEvent, BenchmarkState> = { initialState, evolve, decide };
