import { randomUUID } from 'node:crypto';
import type { ValidationResult } from '@usm/contracts';
import type { BenchmarkView } from '../domain/benchmark/benchmark.state';
import type { Verdict } from '../domain/verdict/verdict';
import type { Evaluation } from './evaluation';
import { evaluate, shareableResult } from './evaluation';
import type { Clock, DatasetsAccess, InferenceClient, KnownRelease, ReleaseCatalog, ResultPublisher, RunStore, StoredRun, TestSplitReader } from './ports';
import type { ValidationRegistry } from './registry.service';
import { assertServedArtifact } from './served-artifact';
import { featuresJsonLines, featuresOf } from './test-split';
import { AccessForbiddenError, notAdopted, notReady, notYourSolution, releaseNotUsable, releaseUnknown, runNotFound } from './validation.errors';

/** The test split a company is scored on: the parquet test file of the city's adopted release. */
export const TEST_SPLIT_FILE = 'test.parquet';

/** Who starts a run: the company that owns the solution (its own token is checked by datasets), or city staff. */
export type RunCaller = { readonly kind: 'company'; readonly companyId: string; readonly bearerToken: string } | { readonly kind: 'staff'; readonly subject: string };

export interface RunRequest {
  readonly benchmarkId: string;
  readonly solutionId: string;
  readonly version: string;
}

export interface ValidationRunsSettings {
  readonly city: string;
  readonly timeZone: string;
  /** Concurrent calls to a hosted endpoint. */
  readonly hostedConcurrency: number;
}

/** A run's answer: the full result (metrics even under passFail: this is the city's own record) and the checks. */
export interface RunOutcome {
  readonly runId: string;
  readonly result: ValidationResult;
  readonly checks: Evaluation['checks'];
}

/** Evaluations in both modes: the test features for companies, predictions uploads, hosted calls, results. */
export class ValidationRuns {
  constructor(
    private readonly settings: ValidationRunsSettings,
    private readonly registry: ValidationRegistry,
    private readonly releases: ReleaseCatalog,
    private readonly splits: TestSplitReader,
    private readonly datasets: DatasetsAccess,
    private readonly inference: InferenceClient,
    private readonly runs: RunStore,
    private readonly publisher: ResultPublisher,
    private readonly clock: Clock,
  ) {}

  /** The test split's features without labels, as JSON Lines, for a company the datasets service lets download it. */
  async features(benchmarkId: string, caller: RunCaller): Promise<{ releaseId: string; jsonl: string }> {
    const { release } = await this.adopted(benchmarkId);
    await this.authorise(release, caller);
    const { rows } = await this.splits.read(release);
    return { releaseId: release.releaseId, jsonl: featuresJsonLines(rows) };
  }

  /** Predictions mode: scores an uploaded JSON Lines file and publishes the result. */
  async submitPredictions(request: RunRequest, predictionsJsonl: string, caller: RunCaller): Promise<RunOutcome> {
    const startedAt = this.clock.now();
    const { benchmark, release } = await this.adopted(request.benchmarkId);
    const vendor = await this.ownedSolution(request, caller);
    await this.authorise(release, caller);
    const { rows, files } = await this.splits.read(release);
    const evaluation = evaluate({ rows, predictionsJsonl, benchmark, releaseFiles: files, timeZone: this.settings.timeZone });
    return this.complete(request, benchmark, release, vendor, 'predictions', evaluation, predictionsJsonl, startedAt, caller);
  }

  /**
   * Hosted mode: the city checks that the endpoint serves the registered artifact (SHA-256), then calls it with
   * each test event's features and measures latency. A mismatch refuses the run before any event is sent.
   */
  async runHosted(request: RunRequest, endpointUrl: string, caller: RunCaller): Promise<RunOutcome> {
    const startedAt = this.clock.now();
    const { benchmark, release } = await this.adopted(request.benchmarkId);
    const vendor = await this.ownedSolution(request, caller);
    await this.authorise(release, caller);
    assertServedArtifact(request.solutionId, request.version, await this.registeredArtifact(request), await this.inference.servedArtifact(endpointUrl));
    const { rows, files } = await this.splits.read(release);
    const answers = new Array<{ eventId: string; label: string; scores?: Record<string, number> }>(rows.length);
    const latencies = new Array<number>(rows.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let i = next++; i < rows.length; i = next++) {
        const instance = featuresOf(rows[i] as (typeof rows)[number]);
        const answer = await this.inference.predict(endpointUrl, instance);
        answers[i] = { eventId: instance.eventId, label: answer.label, ...(answer.scores ? { scores: answer.scores } : {}) };
        latencies[i] = answer.latencyMs;
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, this.settings.hostedConcurrency) }, worker));
    const predictionsJsonl = answers.map((a) => JSON.stringify(a)).join('\n') + '\n';
    const evaluation = evaluate({ rows, predictionsJsonl, benchmark, releaseFiles: files, timeZone: this.settings.timeZone, latenciesMs: latencies });
    return this.complete(request, benchmark, release, vendor, 'hosted', evaluation, predictionsJsonl, startedAt, caller);
  }

  async run(runId: string): Promise<StoredRun> {
    const run = await this.runs.get(runId);
    if (!run) throw runNotFound(runId);
    return run;
  }

  private async complete(request: RunRequest, benchmark: BenchmarkView, release: KnownRelease, vendor: string, mode: 'predictions' | 'hosted', evaluation: Evaluation, predictionsJsonl: string, startedAt: number, caller: RunCaller): Promise<RunOutcome> {
    const runId = randomUUID();
    const result: ValidationResult = {
      runId,
      city: this.settings.city,
      solution: { solutionId: request.solutionId, version: request.version, vendor },
      releaseId: release.releaseId,
      metrics: evaluation.metrics,
      verdict: evaluation.verdict satisfies Verdict,
      criteriaVersion: benchmark.criteriaVersion,
      startedAt,
      completedAt: Math.max(startedAt, this.clock.now()),
      benchmarkId: benchmark.benchmarkId,
      mode,
      scorerVersion: evaluation.scorerVersion,
      releaseFiles: evaluation.releaseFiles.map((f) => ({ path: f.path, sha256: f.sha256 })),
      releaseSha256: evaluation.releaseSha256,
      predictionsSha256: evaluation.predictionsSha256,
      sharing: benchmark.sharingPolicy,
      examples: evaluation.examples,
    };
    await this.runs.save({ runId, companyId: caller.kind === 'company' ? caller.companyId : vendor, result, predictionsJsonl, checks: evaluation.checks });
    await this.publisher.publish(shareableResult(result));
    return { runId, result, checks: evaluation.checks };
  }

  private async adopted(benchmarkId: string): Promise<{ benchmark: BenchmarkView; release: KnownRelease }> {
    const state = await this.registry.benchmarkState(benchmarkId);
    if (state.status !== 'active') throw notAdopted(benchmarkId, this.settings.city);
    const adoption = state.benchmark.releases.find((r) => r.city === this.settings.city);
    if (!adoption) throw notAdopted(benchmarkId, this.settings.city);
    if (!this.releases.caughtUp) throw notReady('dataset.releases.v1');
    const release = this.releases.get(adoption.releaseId);
    if (!release) throw releaseUnknown(adoption.releaseId);
    if (release.status !== 'published') throw releaseNotUsable(release.releaseId, 'it was withdrawn');
    return { benchmark: state.benchmark, release };
  }

  /** The solution's vendor, refusing a company that evaluates another company's solution. */
  private async ownedSolution(request: RunRequest, caller: RunCaller): Promise<string> {
    const state = await this.registry.solutionState(request.solutionId);
    if (state.status !== 'registered' || !state.versions.some((v) => v.version === request.version && !v.withdrawn)) {
      throw releaseNotUsable(request.benchmarkId, `solution ${request.solutionId} has no published version ${request.version}`);
    }
    if (caller.kind === 'company' && state.profile.companyId !== caller.companyId) throw notYourSolution(request.solutionId);
    return state.profile.companyId;
  }

  private async registeredArtifact(request: RunRequest): Promise<string> {
    const state = await this.registry.solutionState(request.solutionId);
    const found = state.status === 'registered' ? state.versions.find((v) => v.version === request.version) : undefined;
    if (!found) throw releaseNotUsable(request.benchmarkId, `solution ${request.solutionId} has no published version ${request.version}`);
    return found.artifactSha256;
  }

  /** A company gets the split only where the datasets service would let it download the test file (its agreement). */
  private async authorise(release: KnownRelease, caller: RunCaller): Promise<void> {
    if (caller.kind === 'staff') return;
    const verdict = await this.datasets.check(release.releaseId, TEST_SPLIT_FILE, caller.bearerToken);
    if (verdict !== 'allowed') throw new AccessForbiddenError(`the datasets service refuses ${caller.companyId} the test split of ${release.releaseId} (${verdict})`, { releaseId: release.releaseId, verdict });
  }
}
