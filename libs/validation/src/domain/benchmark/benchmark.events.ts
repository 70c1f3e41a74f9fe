import type { DomainEvent } from '@usm/event-sourcing';
import type { BenchmarkDefinition, BenchmarkRelease, MetricThreshold } from './benchmark.model';

type Key = { readonly benchmarkId: string };

export type BenchmarkDefined = DomainEvent<'BenchmarkDefined', BenchmarkDefinition & { readonly definedAt: number }>;
export type BenchmarkAdopted = DomainEvent<'BenchmarkAdopted', Key & BenchmarkRelease & { readonly adoptedAt: number }>;
export type BenchmarkThresholdsRevised = DomainEvent<
  'BenchmarkThresholdsRevised',
  Key & { readonly thresholds: readonly MetricThreshold[]; readonly criteriaVersion: string; readonly revisedAt: number }
>;
export type BenchmarkRetired = DomainEvent<'BenchmarkRetired', Key & { readonly reason: string; readonly retiredAt: number }>;

export type BenchmarkEvent = BenchmarkDefined | BenchmarkAdopted | BenchmarkThresholdsRevised | BenchmarkRetired;
