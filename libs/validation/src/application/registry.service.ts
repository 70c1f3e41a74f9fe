import type { CommandHandler, EventStore } from '@usm/event-sourcing';
import { foldEvents } from '@usm/event-sourcing';
import type { BenchmarkCommand } from '../domain/benchmark/benchmark.commands';
import { benchmarkDecider } from '../domain/benchmark/benchmark.decider';
import type { BenchmarkEvent } from '../domain/benchmark/benchmark.events';
import type { BenchmarkDefinition } from '../domain/benchmark/benchmark.model';
import type { BenchmarkState, BenchmarkView } from '../domain/benchmark/benchmark.state';
import type { SolutionCommand } from '../domain/solution/solution.commands';
import { solutionDecider } from '../domain/solution/solution.decider';
import type { SolutionEvent } from '../domain/solution/solution.events';
import type { SolutionProfile, SolutionVersion } from '../domain/solution/solution.model';
import type { SolutionState } from '../domain/solution/solution.state';

/** Stream ids: `solution-<id>`, `benchmark-<id>`. */
export const solutionStream = (solutionId: string): string => `solution-${solutionId}`;
export const benchmarkStream = (benchmarkId: string): string => `benchmark-${benchmarkId}`;

/** Who asks and when, for the command's metadata. */
export interface CommandContext {
  readonly commandId: string;
  readonly actor: string;
  readonly now: Date;
}

/** The solution registry and the benchmarks, event-sourced through the pure deciders of the domain. */
export class ValidationRegistry {
  constructor(
    private readonly handler: CommandHandler,
    private readonly store: EventStore,
    private readonly benchmarkIds: () => Promise<string[]>,
  ) {}

  async registerSolution(profile: SolutionProfile, version: SolutionVersion | undefined, ctx: CommandContext): Promise<SolutionState> {
    const stream = solutionStream(profile.solutionId);
    await this.solution({ type: 'RegisterSolution', data: profile, metadata: { ...ctx, commandId: `${ctx.commandId}:register` } }, stream);
    if (version) await this.solution({ type: 'PublishSolutionVersion', data: { solutionId: profile.solutionId, ...version }, metadata: { ...ctx, commandId: `${ctx.commandId}:publish` } }, stream);
    return this.solutionState(profile.solutionId);
  }

  async publishVersion(solutionId: string, version: SolutionVersion, ctx: CommandContext): Promise<SolutionState> {
    await this.solution({ type: 'PublishSolutionVersion', data: { solutionId, ...version }, metadata: ctx }, solutionStream(solutionId));
    return this.solutionState(solutionId);
  }

  async solutionState(solutionId: string): Promise<SolutionState> {
    const { events } = await this.store.readStream<SolutionEvent>(solutionStream(solutionId));
    return foldEvents(solutionDecider, events);
  }

  async defineBenchmark(definition: BenchmarkDefinition, ctx: CommandContext): Promise<BenchmarkState> {
    await this.benchmark({ type: 'DefineBenchmark', data: definition, metadata: ctx }, definition.benchmarkId);
    return this.benchmarkState(definition.benchmarkId);
  }

  async adoptBenchmark(benchmarkId: string, city: string, releaseId: string, ctx: CommandContext): Promise<BenchmarkState> {
    await this.benchmark({ type: 'AdoptBenchmark', data: { benchmarkId, city, releaseId }, metadata: ctx }, benchmarkId);
    return this.benchmarkState(benchmarkId);
  }

  async benchmarkState(benchmarkId: string): Promise<BenchmarkState> {
    const { events } = await this.store.readStream<BenchmarkEvent>(benchmarkStream(benchmarkId));
    return foldEvents(benchmarkDecider, events);
  }

  /** Every benchmark defined here, active or retired. */
  async benchmarks(): Promise<BenchmarkView[]> {
    const states = await Promise.all((await this.benchmarkIds()).map((id) => this.benchmarkState(id)));
    return states.flatMap((s) => (s.status === 'none' ? [] : [s.benchmark]));
  }

  private async solution(command: SolutionCommand, stream: string): Promise<void> {
    await this.handler.handleCommand(solutionDecider, stream, command, { retriesOnConflict: 3 });
  }

  private async benchmark(command: BenchmarkCommand, benchmarkId: string): Promise<void> {
    await this.handler.handleCommand(benchmarkDecider, benchmarkStream(benchmarkId), command, { retriesOnConflict: 3 });
  }
}
