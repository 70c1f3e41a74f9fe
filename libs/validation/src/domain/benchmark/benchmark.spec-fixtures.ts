import type { BenchmarkCommand } from './benchmark.commands';
import type { BenchmarkEvent } from './benchmark.events';
import type { BenchmarkDefinition } from './benchmark.model';

export const t0 = Date.UTC(2026, 5, 1);
export const definition: BenchmarkDefinition = {
  benchmarkId: 'child-commute-hazards-v1',
  task: 'childCommuteHazard',
  labels: ['speedingNearSchool', 'childPedestrianOnCarriageway', 'noHazard'],
  thresholds: [
    { metric: 'macroF1', direction: 'atLeast', value: 0.7 },
    { metric: 'recall.childPedestrianOnCarriageway', direction: 'atLeast', value: 0.8 },
    { metric: 'latencyP99Ms', direction: 'atMost', value: 250 },
  ],
  criteriaVersion: 'criteria-1',
  sharingPolicy: 'full',
  minimumCities: 2,
};
const metadata = { commandId: 'cmd', now: new Date(t0), actor: 'benchmark-owner' };
const key = { benchmarkId: definition.benchmarkId };

export const defineCommand = (overrides: Partial<BenchmarkDefinition> = {}): BenchmarkCommand => ({ type: 'DefineBenchmark', data: { ...definition, ...overrides }, metadata });
export const adoptCommand = (city: string, releaseId: string): BenchmarkCommand => ({ type: 'AdoptBenchmark', data: { ...key, city, releaseId }, metadata });
export const reviseCommand = (criteriaVersion: string, thresholds = definition.thresholds): BenchmarkCommand => ({ type: 'ReviseBenchmarkThresholds', data: { ...key, thresholds, criteriaVersion }, metadata });
export const retireCommand: BenchmarkCommand = { type: 'RetireBenchmark', data: { ...key, reason: 'superseded' }, metadata };

export const defined: BenchmarkEvent = { type: 'BenchmarkDefined', data: { ...definition, definedAt: t0 } };
export const adopted = (city: string, releaseId: string): BenchmarkEvent => ({ type: 'BenchmarkAdopted', data: { ...key, city, releaseId, adoptedAt: t0 } });
export const retired: BenchmarkEvent = { type: 'BenchmarkRetired', data: { ...key, reason: 'superseded', retiredAt: t0 } };
