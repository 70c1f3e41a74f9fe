import type { DomainCommand } from '@usm/event-sourcing';
import type { BenchmarkDefinition, BenchmarkRelease, MetricThreshold } from './benchmark.model';

type Key = { readonly benchmarkId: string };

export type DefineBenchmark = DomainCommand<'DefineBenchmark', BenchmarkDefinition>;
/** A city adopts the benchmark on its own test release; adopting again with a newer release moves it there. */
export type AdoptBenchmark = DomainCommand<'AdoptBenchmark', Key & BenchmarkRelease>;
export type ReviseBenchmarkThresholds = DomainCommand<
  'ReviseBenchmarkThresholds',
  Key & { readonly thresholds: readonly MetricThreshold[]; readonly criteriaVersion: string }
>;
export type RetireBenchmark = DomainCommand<'RetireBenchmark', Key & { readonly reason: string }>;

export type BenchmarkCommand = DefineBenchmark | AdoptBenchmark | ReviseBenchmarkThresholds | RetireBenchmark;
