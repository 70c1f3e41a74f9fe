import type { BenchmarkDefinition, BenchmarkRelease } from './benchmark.model';

/** A benchmark and the release each adopting city evaluates on (latest adoption per city). */
export interface BenchmarkView extends BenchmarkDefinition {
  readonly releases: readonly BenchmarkRelease[];
}

export type BenchmarkState =
  | { readonly status: 'none' }
  | { readonly status: 'active'; readonly benchmark: BenchmarkView }
  | { readonly status: 'retired'; readonly benchmark: BenchmarkView };
