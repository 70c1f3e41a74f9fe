import type { ValidationResult } from '@usm/contracts';
import type { BenchmarkState } from '../domain/benchmark/benchmark.state';
import type { SolutionState } from '../domain/solution/solution.state';
import type { InferenceClient, KnownRelease, StoredRun } from './ports';
import type { ValidationRegistry } from './registry.service';
import { ArtifactMismatchError, assertServedArtifact } from './served-artifact';
import { ValidationRuns } from './validation-runs.service';

const registered = 'ab'.repeat(32);
const other = 'cd'.repeat(32);
const release: KnownRelease = { releaseId: 'rel-1', city: 'incheon', purposes: ['aiValidation'], sourceTopics: [], files: [], status: 'published' };
const benchmark: BenchmarkState = {
  status: 'active',
  benchmark: { benchmarkId: 'b1', task: 't', labels: ['carAccident', 'trafficJam'], thresholds: [{ metric: 'accuracy', direction: 'atLeast', value: 0.5 }], criteriaVersion: 'c1', sharingPolicy: 'full', minimumCities: 1, releases: [{ city: 'incheon', releaseId: 'rel-1' }] },
};
const solution: SolutionState = { status: 'registered', profile: { solutionId: 's1', companyId: 'poom', name: 'n', task: 't' }, versions: [{ version: '1.0.0', modelCard: { intendedUse: 'u', limitations: 'l' }, artifactSha256: registered, withdrawn: false }] };
const row = (eventId: string, subCategory: string) => ({ eventId, city: 'incheon', category: 'traffic', subCategory, district: 'a', timeBucketStart: Date.UTC(2026, 10, 2, 1), label: null });

/** The hosted run with every port in memory; the inference endpoint answers `served` on GET /v1/model and always carAccident. */
function runsWith(served: string | null) {
  const predicted: string[] = [];
  const published: ValidationResult[] = [];
  const inference: InferenceClient = {
    servedArtifact: () => Promise.resolve(served),
    predict: (_url, instance) => {
      predicted.push(instance.eventId);
      return Promise.resolve({ label: 'carAccident', latencyMs: 2 });
    },
  };
  const registry = { benchmarkState: () => Promise.resolve(benchmark), solutionState: () => Promise.resolve(solution) } as unknown as ValidationRegistry;
  const saved: StoredRun[] = [];
  const runs = new ValidationRuns(
    { city: 'incheon', timeZone: 'UTC', hostedConcurrency: 2 },
    registry,
    { get: () => release, caughtUp: true },
    { read: () => Promise.resolve({ rows: [row('e1', 'carAccident'), row('e2', 'trafficJam')], files: [{ path: 'test.parquet', sha256: 'ef'.repeat(32) }] }) },
    { check: () => Promise.resolve('allowed') },
    inference,
    { save: (r) => Promise.resolve(void saved.push(r)), get: () => Promise.resolve(undefined), bySolution: () => Promise.resolve([]) },
    { publish: (r) => Promise.resolve(void published.push(r)) },
    { now: () => 1_000 },
  );
  return { runs, predicted, published, saved };
}
const staff = { kind: 'staff', subject: 'evaluator-1' } as const;
const request = { benchmarkId: 'b1', solutionId: 's1', version: '1.0.0' };

describe('hosted mode runs only the registered artifact', () => {
  it('scores the run when the endpoint serves the registered SHA-256 (case aside)', async () => {
    const { runs, predicted, published } = runsWith(registered.toUpperCase());
    const outcome = await runs.runHosted(request, 'http://model.test', staff);
    expect(predicted.sort()).toEqual(['e1', 'e2']);
    expect(outcome.result).toMatchObject({ mode: 'hosted', metrics: expect.objectContaining({ accuracy: 0.5 }) });
    expect(published).toHaveLength(1);
  });

  it.each([
    ['another artifact', other, `serves artifact ${other}`],
    ['no artifact (GET /v1/model absent)', null, 'does not name the artifact'],
  ])('refuses an endpoint serving %s with ARTIFACT_MISMATCH, before any test event is sent or anything published', async (_case, served, message) => {
    const { runs, predicted, published, saved } = runsWith(served);
    const refused = runs.runHosted(request, 'http://model.test', staff);
    await expect(refused).rejects.toThrow(ArtifactMismatchError);
    await expect(refused).rejects.toMatchObject({ code: 'VALIDATION.ARTIFACT_MISMATCH', message: expect.stringContaining(message), details: { registeredSha256: registered, servedSha256: served } });
    expect([predicted, published, saved]).toEqual([[], [], []]);
  });

  it('compares hashes without regard to hex case, and names both hashes', () => {
    expect(() => assertServedArtifact('s1', '1.0.0', registered, registered)).not.toThrow();
    expect(() => assertServedArtifact('s1', '1.0.0', registered, other)).toThrow(`serves artifact ${other}, not the ${registered} registered for solution s1 1.0.0`);
  });
});
